import {hyperscript} from "./dom.js";

/**
 * The widths a graphic is drawn at. Each variant is shown at its drawn size or smaller (never
 * scaled up), and CSS container queries pick the one that fits (style.css, .wm-variants), so text
 * drawn at FIGURE_FONT_SIZE stays at least 12 px from a 320 px phone to a wide screen, with or
 * without JavaScript.
 */
// At 320 px Framework leaves a 256 px column (2rem margins, the left one under the sidebar toggle):
// 13 px text drawn at 276 px is 12 px there.
export const NARROW = 276;
export const WIDE = 640;
/** Text size inside graphics, in px at the drawn size: 12 px or more down to a 256 px column. */
export const FIGURE_FONT_SIZE = 13;

export interface ResponsiveOptions {
  document?: Document;
}

/**
 * A graphic drawn twice, for narrow and wide columns. `draw(width)` makes one variant (usually a
 * Plot chart); both are in the HTML, and only the one that fits the column is displayed.
 */
export function responsive(
  draw: (width: number) => Element,
  {document = globalThis.document}: ResponsiveOptions = {}
): HTMLDivElement {
  const h = hyperscript(document);
  const variants = [
    {width: NARROW, name: "narrow"},
    {width: WIDE, name: "wide"}
  ].map(({width, name}) => {
    const graphic = draw(width);
    graphic.classList.add("wm-variant", `wm-variant--${name}`);
    return graphic;
  });
  return h("div", {class: "wm-variants"}, variants);
}
