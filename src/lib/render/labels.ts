/** Average width of a character of bold label text, as a share of the font size (system sans-serif). */
const CHARACTER_WIDTH = 0.62;
const MARGIN = 2;

// Only a plain translation: rotated labels (axes) are laid out by Plot.
const translation = (transform: string | null) => {
  const match = /^translate\(\s*(-?[\d.e+-]+)[\s,]+(-?[\d.e+-]+)\s*\)$/.exec(transform ?? "");
  return match ? [Number(match[1]), Number(match[2])] : null;
};

/**
 * Moves labels that would run past the left or right edge of a map back inside it. Plot places a
 * borough's name at its centre and a story area's name beside the area: at 300 px an area near the
 * edge puts its label partly outside the graphic, where it is cut off or widens the page. The text's
 * width is estimated from its length, since a page built without a browser cannot measure it.
 * Only labels placed by a transform (Plot's text marks) move: axes are laid out by Plot.
 */
export function withLabelsInside<T extends Element>(svg: T): T {
  const width = Number(svg.getAttribute("width"));
  if (!width) return svg;
  for (const text of [...svg.getElementsByTagName("text")]) {
    const own = translation(text.getAttribute("transform"));
    const group = text.parentElement;
    if (!own || !group) continue;
    const offset = translation(group.getAttribute("transform"))?.[0] ?? 0;
    const size = Number(group.getAttribute("font-size") ?? svg.getAttribute("font-size") ?? 13);
    const anchor = group.getAttribute("text-anchor") ?? svg.getAttribute("text-anchor") ?? "start";
    const length = (text.textContent ?? "").length * size * CHARACTER_WIDTH;
    const x = own[0] + offset;
    const left = anchor === "start" ? x : anchor === "end" ? x - length : x - length / 2;
    const shift = left < MARGIN ? MARGIN - left : Math.min(0, width - MARGIN - (left + length));
    if (shift) text.setAttribute("transform", `translate(${(own[0] + shift).toFixed(1)},${own[1].toFixed(1)})`);
  }
  return svg;
}
