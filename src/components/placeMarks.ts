// A story's named places on its maps: a dot for a place given as a point, a dashed outline for one
// given as LSOAs, and each name set beside its mark where it overlaps no other name and stays inside
// the map.
import * as Plot from "@observablehq/plot";
import {geoCentroid} from "d3-geo";
import type {Topology} from "topojson-specification";
import type {Place} from "../lib/content/places.js";
import {mergedArea, type PlaceLabel} from "./areaMap.js";
import {overlap, type Box} from "./labelPlacement.js";
import {OUTLINE} from "./palette.js";
import {FIGURE_FONT_SIZE} from "./responsive.js";

/** Average width of a character of bold label text, as a share of the font size (system sans-serif). */
const CHARACTER_WIDTH = 0.62;
const LINE_HEIGHT = 1.2;
/** Radius of a point's dot, and the gap between a mark and its name, in px. */
const DOT_RADIUS = 4;
const GAP = 4;
const EDGE = 2;

/** A box in px: left, top, right, bottom. */
export type Rect = Readonly<Box>;

/** A name to place beside its mark: the mark's centre (px) and the name's size. */
export interface LabelRequest {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The text's box in the given character size: estimated, since a page built without a browser cannot measure. */
export function textSize(text: string, fontSize = FIGURE_FONT_SIZE): {width: number; height: number} {
  return {width: text.length * fontSize * CHARACTER_WIDTH, height: fontSize * LINE_HEIGHT};
}

/** Where a name may go around its mark, nearest first: offsets of the name's centre, in px. */
function sides(w: number, h: number): [number, number, boolean][] {
  const away = DOT_RADIUS + GAP;
  const beside: [number, number, boolean][] = [
    [away + w / 2, 0, false],
    [-away - w / 2, 0, false],
    [0, -away - h / 2, true],
    [0, away + h / 2, true],
    [away + w / 2, -away, false],
    [-away - w / 2, -away, false],
    [away + w / 2, away, false],
    [-away - w / 2, away, false]
  ];
  // Then further above and below, a line at a time, for a crowded spot.
  const stacked = [1, 2, 3].flatMap((k): [number, number, boolean][] => [
    [0, -away - h / 2 - k * h, true],
    [0, away + h / 2 + k * h, true]
  ]);
  return [...beside, ...stacked];
}

/**
 * Centres for names beside their marks, in the order given: each takes the first place around its
 * mark (right, left, above, below, the corners, then further above and below) that lies inside the
 * frame and overlaps neither an obstacle (another name, a mark) nor a name already placed; when
 * none is clear, the one that overlaps least. A name above or below its mark slides sideways to
 * stay inside the frame. Greedy, which is ample for the handful of places a story names.
 */
export function layoutLabels(
  requests: readonly LabelRequest[],
  {width, height, obstacles = []}: {width: number; height: number; obstacles?: readonly Rect[]}
): {x: number; y: number; box: Rect}[] {
  const taken: Rect[] = [...obstacles];
  return requests.map(({x, y, width: w, height: h}) => {
    const candidates = sides(w, h).map(([dx, dy, slides]) => {
      const cx = slides ? Math.max(EDGE + w / 2, Math.min(width - EDGE - w / 2, x + dx)) : x + dx;
      const cy = y + dy;
      const box: Rect = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
      const inside = box[0] >= EDGE && box[1] >= EDGE && box[2] <= width - EDGE && box[3] <= height - EDGE;
      return {x: cx, y: cy, box, inside, cost: taken.reduce((s, t) => s + overlap(box, t), 0)};
    });
    const inside = candidates.filter((c) => c.inside);
    const best = inside.find((c) => c.cost === 0) ?? inside.sort((a, b) => a.cost - b.cost)[0] ?? candidates[2];
    taken.push(best.box);
    return {x: best.x, y: best.y, box: best.box};
  });
}

/** A place ready to draw: where its mark and name go (longitude x, latitude y) and its outline. */
interface Drawn {
  name: string;
  x: number;
  y: number;
  outline: GeoJSON.MultiPolygon | null;
}

function drawn(places: readonly Place[], topology: Topology): Drawn[] {
  return places.map((p) => {
    if (p.point) return {name: p.name, x: p.point.lon, y: p.point.lat, outline: null};
    const outline = mergedArea(topology, "lsoa", p.lsoas);
    const [x, y] = geoCentroid(outline);
    return {name: p.name, x, y, outline};
  });
}

/** A projection as Plot passes it to a render transform: a d3 geo stream. */
interface Projection {
  stream(sink: {point(x: number, y: number): void}): {point(x: number, y: number): void};
}

/** Projects points given in degrees with the plot's projection, as Plot does for its marks. */
function projected(points: readonly {x: number; y: number}[], projection: Projection): [number, number][] {
  const out: [number, number][] = [];
  const stream = projection.stream({point: (x: number, y: number) => out.push([x, y])});
  for (const p of points) stream.point(p.x, p.y);
  return out;
}

export interface PlaceMarksOptions {
  /** The topology whose LSOAs a place given as LSOAs is drawn from (object "lsoa"). */
  topology: Topology;
  /** Names the map already shows (e.g. neighbourhood names), drawn centred on their point: kept clear. */
  avoid?: readonly PlaceLabel[];
  /** How many characters a name of `avoid` runs to before it wraps (as the map draws it). */
  avoidLineWidth?: number;
}

/**
 * Marks for a map with a projection (areaMap's `marks`): each place's dot or dashed outline, then
 * its name, laid out so that names overlap neither each other nor the map's own names, and stay
 * inside the map. List the places in the figure's table too: the marks are not read out.
 */
export function placeMarks(
  places: readonly Place[],
  {topology, avoid = [], avoidLineWidth = 10}: PlaceMarksOptions
): Plot.Markish[] {
  if (!places.length) return [];
  const shown = drawn(places, topology);
  const points = shown.filter((p) => !p.outline);
  const outlines = shown.flatMap((p) => (p.outline ? [p.outline] : []));
  const halo = {stroke: "white", strokeWidth: 3, fontSize: FIGURE_FONT_SIZE, fontWeight: 600, fill: OUTLINE};
  return [
    Plot.geo(outlines, {stroke: OUTLINE, strokeWidth: 1.6, strokeDasharray: "5,3", fill: "none"}),
    Plot.dot(points, {x: "x", y: "y", r: DOT_RADIUS, fill: OUTLINE, stroke: "white", strokeWidth: 1.5}),
    Plot.text(shown, {
      x: "x",
      y: "y",
      text: "name",
      ...halo,
      render(index, scales, values, dimensions, context, next) {
        const {width, height} = dimensions;
        // Plot's channel values are typed as arrays; a projected channel holds numbers.
        const X = values.x as number[];
        const Y = values.y as number[];
        const others = context.projection ? projected(avoid, context.projection as unknown as Projection) : [];
        const obstacles: Rect[] = [
          ...others.map(([x, y], i) => {
            const name = avoid[i].name;
            const lines = Math.ceil(name.length / (avoidLineWidth * 1.6));
            const {width: w, height: h} = textSize(name.slice(0, Math.ceil(name.length / lines)));
            return [x - w / 2, y - (h * lines) / 2, x + w / 2, y + (h * lines) / 2] as Rect;
          }),
          ...[...index].map((i) => [X[i] - DOT_RADIUS, Y[i] - DOT_RADIUS, X[i] + DOT_RADIUS, Y[i] + DOT_RADIUS] as Rect)
        ];
        const requests = [...index].map((i) => ({x: X[i], y: Y[i], ...textSize(shown[i].name)}));
        const laid = layoutLabels(requests, {width, height, obstacles});
        const x = Array.from(X);
        const y = Array.from(Y);
        [...index].forEach((i, k) => {
          x[i] = laid[k].x;
          y[i] = laid[k].y;
        });
        return next!(index, scales, {...values, x, y} as typeof values, dimensions, context);
      }
    })
  ];
}
