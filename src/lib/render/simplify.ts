import type {Objects, Topology} from "topojson-specification";
import {bbox as boundingBox} from "topojson-client";
import {presimplify, simplify, type Triangle} from "topojson-simplify";

/** Points whose triangle (Visvalingam) is smaller than this, in square pixels at the drawn size, are dropped. */
const PIXEL_AREA = 1;

// Longitude in degrees and latitude as Mercator's y in degrees, so areas are proportional to the
// drawn map's square pixels (the maps use a Mercator projection).
const mercatorY = (latitude: number) => (Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)) * 180) / Math.PI;
function mercatorTriangleArea([a, b, c]: Triangle): number {
  const [ay, by, cy] = [mercatorY(a[1]), mercatorY(b[1]), mercatorY(c[1])];
  return Math.abs((a[0] - c[0]) * (by - ay) - (a[0] - b[0]) * (cy - ay)) / 2;
}

const weighted = new WeakMap<Topology, Topology>();

/**
 * A copy of the topology without the points a reader cannot see on a map `width` px wide that
 * shows `bbox` (default: the whole topology): each arc keeps its ends, so shared borders stay
 * shared and neighbouring areas still meet. The region's map drops about a third of its points
 * at 640 px, and more at narrower widths.
 */
export function simplifyForWidth<T extends Objects>(
  topology: Topology<T>,
  width: number,
  bbox: readonly number[] = topology.bbox ?? boundingBox(topology)
): Topology<T> {
  let ranked = weighted.get(topology);
  if (!ranked) weighted.set(topology, (ranked = presimplify(topology, mercatorTriangleArea)));
  const pixelsPerDegree = width / (bbox[2] - bbox[0]);
  return simplify(ranked as Topology<T>, PIXEL_AREA / pixelsPerDegree ** 2);
}
