/**
 * Colour for continuous values (heat tables, the week grid): cividis, designed for colour-vision
 * deficiency, with lightness rising steadily, so it also reads in greyscale.
 */
export const DECILE_SCHEME = "cividis";
export const DECILES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/**
 * The ten IMD deciles, 1 (most deprived, darkest) to 10: navy through blue-green to pale yellow, in
 * equal steps of lightness, with the hue turning so that neighbours differ in hue as well. Cividis'
 * ten classes differ from their neighbours by a ΔE2000 of only 6 to 7; these by at least 8 in normal
 * vision and with deuteranopia, and 7 in greyscale (palette.test.ts measures it). Ten classes cannot
 * all differ by 10 in greyscale: lightness alone gives at most about 7.5 between black and white.
 * Writing the decile on each LSOA does not fit (most are a few pixels across on the regional map),
 * and hatching alternate deciles would bury small LSOAs in texture, so colour is backed by labels
 * where they fit: the map's key gives each decile's count of LSOAs and, in the browser, outlines the
 * LSOAs of the decile the reader chooses (decileLegend, decileKey.ts); every tooltip and the
 * table's row for each LSOA name its decile.
 */
export const DECILE_COLOURS = [
  "#091f45",
  "#1c3a54",
  "#345162",
  "#4b666f",
  "#5e7a7c",
  "#6f8e89",
  "#83a696",
  "#9fc0a0",
  "#c6dca6",
  "#fff9aa"
];
export const OUTLINE = "#1b1b1b";
export const HIGHLIGHT = "#d4351c";
/** Fill of the areas around a highlighted one (locator maps). */
export const OTHER_AREA = "#d9dde0";
