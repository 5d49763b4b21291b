import {elementsByTagName} from "./dom.js";

/**
 * Where a map's names go, decided on the drawn SVG: every label inside the graphic (never cut off
 * at its edge), off the areas it would hide and off the other labels. A page built without a
 * browser cannot measure text, so a label's box is estimated from its letters, generously.
 *
 * Labels are Plot text marks with one of the classes below; the areas they must not cover are geo
 * marks with AVOID_CLASS. Area labels (a story area's name) are placed first, beside their area;
 * point labels (a borough's or a neighbourhood's name) then move as little as they can from their
 * point. A label that finds no free place takes the one where it covers least.
 */
export const AREA_LABEL_CLASS = "wm-label-area";
export const POINT_LABEL_CLASS = "wm-label-point";
export const AVOID_CLASS = "wm-label-avoid";

/** A box in the graphic's px: left, top, right, bottom. */
export type Box = [number, number, number, number];

/** Gap between an area and its label, and between a label and the graphic's edge, in px. */
const GAP = 4;

// Widths of bold sans-serif letters as a share of the font size, a little over those of the
// common system fonts (DejaVu Sans, Segoe UI, Roboto, San Francisco), so a label never outgrows its box.
const NARROW_LETTERS = /[iljtfrI.,:;'’()\-|!]/;
const WIDE_LETTERS = /[mwMW@]/;
export function letterWidth(character: string): number {
  if (character === " ") return 0.36;
  if (NARROW_LETTERS.test(character)) return 0.42;
  if (WIDE_LETTERS.test(character)) return 1.02;
  if (/[A-Z&]/.test(character)) return 0.82;
  return 0.72;
}

/** Estimated width of a line of bold text at `size` px. */
export const textWidth = (text: string, size: number): number =>
  [...text].reduce((sum, c) => sum + letterWidth(c), 0) * size;

const translation = (transform: string | null) => {
  const match = /^translate\(\s*(-?[\d.e+-]+)[\s,]+(-?[\d.e+-]+)\s*\)$/.exec(transform ?? "");
  return match ? [Number(match[1]), Number(match[2])] : null;
};

/** The area two boxes share, in px² (0 when they do not meet). */
export const overlap = (a: Readonly<Box>, b: Readonly<Box>) =>
  Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));

/** The bounding box of a path drawn by Plot's geo mark (absolute M and L commands). */
export function pathBox(d: string): Box | null {
  const numbers = d.match(/-?[\d.]+(?:e[+-]?\d+)?/g)?.map(Number) ?? [];
  if (numbers.length < 2) return null;
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    box[0] = Math.min(box[0], numbers[i]);
    box[1] = Math.min(box[1], numbers[i + 1]);
    box[2] = Math.max(box[2], numbers[i]);
    box[3] = Math.max(box[3], numbers[i + 1]);
  }
  return box;
}

interface Label {
  text: SVGTextElement;
  /** Where Plot put the text (its own translation), and the group's offset (Plot's dx, dy). */
  own: [number, number];
  offset: [number, number];
  anchor: string;
  width: number;
  height: number;
  /** For an area label: the box of the area it names. */
  area: Box | null;
}

function readLabel(svg: Element, text: SVGTextElement, area: Box | null): Label | null {
  const own = translation(text.getAttribute("transform"));
  const group = text.parentElement;
  if (!own || !group) return null;
  const offset = translation(group.getAttribute("transform")) ?? [0, 0];
  const size = Number(group.getAttribute("font-size") ?? svg.getAttribute("font-size") ?? 13);
  const halo = Number(group.getAttribute("stroke-width") ?? 0);
  const lines = text.children.length ? [...text.children].map((t) => t.textContent ?? "") : [text.textContent ?? ""];
  return {
    text,
    own: own as [number, number],
    offset: offset as [number, number],
    anchor: group.getAttribute("text-anchor") ?? svg.getAttribute("text-anchor") ?? "start",
    width: Math.max(...lines.map((l) => textWidth(l, size))) + halo,
    height: lines.length * size * 1.15 + halo,
    area
  };
}

/** The box of a label whose reference point (its anchor, vertically centred) is at x, y. */
function boxAt(label: Label, x: number, y: number): Box {
  const left = label.anchor === "start" ? x : label.anchor === "end" ? x - label.width : x - label.width / 2;
  return [left, y - label.height / 2, left + label.width, y + label.height / 2];
}

/** The same box moved inside the graphic. */
function inside([left, top, right, bottom]: Box, width: number, height: number): Box {
  const dx = left < GAP ? GAP - left : Math.min(0, width - GAP - right);
  const dy = top < GAP ? GAP - top : Math.min(0, height - GAP - bottom);
  return [left + dx, top + dy, right + dx, bottom + dy];
}

/** Boxes to try, best first: beside the area for an area label, near the point for a point label. */
function candidates(label: Label): Box[] {
  const {width: w, height: h} = label;
  if (label.area) {
    const [left, top, right, bottom] = label.area;
    const middle = (top + bottom) / 2;
    const centre = (left + right) / 2;
    return [
      [right + GAP, middle - h / 2],
      [left - GAP - w, middle - h / 2],
      [centre - w / 2, bottom + GAP],
      [centre - w / 2, top - GAP - h],
      [right + GAP, bottom + GAP],
      [right + GAP, top - GAP - h],
      [left - GAP - w, bottom + GAP],
      [left - GAP - w, top - GAP - h]
    ].map(([x, y]): Box => [x, y, x + w, y + h]);
  }
  const x = label.own[0] + label.offset[0];
  const y = label.own[1] + label.offset[1];
  const home = boxAt(label, x, y);
  const shifts: [number, number][] = [[0, 0]];
  for (const step of [0.6, 1.2, 1.8, 2.4, 3.2])
    shifts.push(
      [0, -step * h],
      [0, step * h],
      [step * h * 1.5, 0],
      [-step * h * 1.5, 0],
      [step * h, -step * h],
      [-step * h, step * h],
      [step * h, step * h],
      [-step * h, -step * h]
    );
  return shifts.map(([dx, dy]): Box => [home[0] + dx, home[1] + dy, home[2] + dx, home[3] + dy]);
}

/** Moves the label's text so that its box is `box`. */
function moveTo(label: Label, [left, top, right, bottom]: Box): void {
  const x = label.anchor === "start" ? left : label.anchor === "end" ? right : (left + right) / 2;
  const y = (top + bottom) / 2;
  const own = [x - label.offset[0], y - label.offset[1]];
  label.text.setAttribute("transform", `translate(${own[0].toFixed(1)},${own[1].toFixed(1)})`);
}

/**
 * Places the labels of a map drawn by Plot (see the module's comment) and returns the graphic. The
 * i-th area label names the area of the i-th path in the AVOID_CLASS marks.
 */
export function placeLabels<T extends Element>(svg: T): T {
  const width = Number(svg.getAttribute("width"));
  const height = Number(svg.getAttribute("height"));
  if (!width || !height) return svg;
  const groups = (name: string) => elementsByTagName(svg, "g").filter((g) => g.classList.contains(name));
  const areas = groups(AVOID_CLASS).flatMap((g) =>
    elementsByTagName(g, "path").map((p) => pathBox(p.getAttribute("d") ?? ""))
  );
  const avoid = areas.filter((box): box is Box => box !== null);
  const areaTexts = groups(AREA_LABEL_CLASS).flatMap((g) => elementsByTagName<SVGTextElement>(g, "text"));
  const labels = [
    ...areaTexts.map((text, i) => readLabel(svg, text, areas[i] ?? null)),
    ...groups(POINT_LABEL_CLASS).flatMap((g) =>
      elementsByTagName<SVGTextElement>(g, "text").map((t) => readLabel(svg, t, null))
    )
  ].filter((l): l is Label => l !== null);
  // Where each point label would be if nothing were in its way: an area label keeps off these too,
  // where it can, so that a borough's name stays on its borough.
  const homes = labels.filter((l) => !l.area).map((l) => inside(candidates(l)[0], width, height));
  const layout = (order: readonly Label[]) => {
    const placed: Box[] = [];
    let problems = 0;
    for (const label of order) {
      let best: {box: Box; cost: number; problems: number} | null = null;
      for (const candidate of candidates(label)) {
        const box = inside(candidate, width, height);
        const covered =
          placed.reduce((sum, other) => sum + overlap(box, other), 0) * 2 +
          avoid.reduce((sum, area) => sum + overlap(box, area), 0);
        const cost = covered + (label.area ? homes.reduce((sum, home) => sum + overlap(box, home), 0) : 0);
        if (!best || cost < best.cost) best = {box, cost, problems: covered};
        if (cost === 0) break;
      }
      placed.push(best!.box);
      problems += best!.problems;
    }
    return {order, placed, problems};
  };
  // Placed in order, a label can take the only free place of one placed after it: where the first
  // order leaves a label covering another or an area, each label in turn goes first instead.
  let best = layout(labels);
  for (let i = 0; i < labels.length && best.problems > 0; i++) {
    const tried = layout([labels[i], ...labels.filter((_, j) => j !== i)]);
    if (tried.problems < best.problems) best = tried;
  }
  best.order.forEach((label, i) => moveTo(label, best.placed[i]));
  return svg;
}
