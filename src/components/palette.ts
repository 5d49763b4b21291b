/**
 * Colour for IMD deciles: cividis, designed for colour-vision deficiency, with lightness rising
 * steadily from decile 1 (most deprived, darkest) to 10, so it also reads in greyscale.
 */
export const DECILE_SCHEME = "cividis";
export const DECILES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
export const OUTLINE = "#1b1b1b";
export const HIGHLIGHT = "#d4351c";
/** Fill of the areas around a highlighted one (locator maps). */
export const OTHER_AREA = "#d9dde0";
