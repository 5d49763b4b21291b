// Test helper: the font size each text of a drawn graphic gets, from the nearest element that sets
// one (a style attribute wins over the font-size attribute, as in CSS).

/** The px size of `element`'s text, or null if nothing sets one. */
export function fontSize(element: Element | null): number | null {
  for (let e = element; e; e = e.parentElement) {
    const style = /font-size:\s*([\d.]+)px/.exec(e.getAttribute("style") ?? "");
    if (style) return Number(style[1]);
    const attribute = e.getAttribute("font-size");
    if (attribute) return Number(attribute);
  }
  return null;
}

/** The smallest text size in a graphic (Infinity if it has no text). */
export function smallestText(graphic: Element): number {
  return Math.min(...[...graphic.querySelectorAll("text")].map((t) => fontSize(t) ?? 0));
}
