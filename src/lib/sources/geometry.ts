/** A longitude/latitude box (WGS 84 degrees) that every coordinate of a boundary file must lie in. */
export interface Bounds {
  /** What the box stands for, in messages ("the West Midlands"). */
  name: string;
  west: number;
  south: number;
  east: number;
  north: number;
}

const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** A position as the file has it, readable even when it holds strings, null or Infinity (from 1e999). */
function show(position: unknown): string {
  return JSON.stringify(position, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
}

/** The first thing wrong with one linear ring, or undefined. */
function ringProblem(ring: unknown, where: string, bounds: Bounds): string | undefined {
  if (!Array.isArray(ring)) return `${where} is ${show(ring)}, not a list of positions`;
  for (const [i, position] of ring.entries()) {
    const at = `position ${i + 1} of ${where}`;
    if (!Array.isArray(position) || position.length < 2 || !position.every(isFiniteNumber))
      return `${at} is ${show(position)}, not a pair of finite numbers`;
    const [x, y] = position;
    if (x < bounds.west || x > bounds.east || y < bounds.south || y > bounds.north)
      return (
        `${at}, ${show(position)}, is outside ${bounds.name} ` +
        `(longitude ${bounds.west} to ${bounds.east}, latitude ${bounds.south} to ${bounds.north})`
      );
  }
  // A ring closes on its first position, so it needs at least four: a triangle and the way back.
  if (ring.length < 4) return `${where} has ${ring.length} positions; a ring needs at least 4`;
  const [first, last] = [ring[0], ring.at(-1)];
  if (first[0] !== last[0] || first[1] !== last[1])
    return `${where} is not closed (its last position is not its first)`;
  return undefined;
}

function polygonProblem(rings: unknown, where: string, bounds: Bounds): string | undefined {
  if (!Array.isArray(rings) || !rings.length) return `${where || "the polygon"} has no list of rings`;
  for (const [i, ring] of rings.entries()) {
    const problem = ringProblem(ring, `${where ? `${where}, ` : ""}ring ${i + 1}`, bounds);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The first thing wrong with a Polygon's or MultiPolygon's coordinates, or undefined: every position
 * is two finite numbers inside `bounds`, and every ring is closed with at least four positions.
 * A bad coordinate would otherwise pass through the topology as null or NaN and leave maps empty.
 */
export function geometryProblem(
  geometry: {type: "Polygon" | "MultiPolygon"; coordinates?: unknown},
  bounds: Bounds
): string | undefined {
  if (geometry.type === "Polygon") return polygonProblem(geometry.coordinates, "", bounds);
  const polygons = geometry.coordinates;
  if (!Array.isArray(polygons) || !polygons.length) return "the multipolygon has no list of polygons";
  for (const [i, polygon] of polygons.entries()) {
    const problem = polygonProblem(polygon, `polygon ${i + 1}`, bounds);
    if (problem) return problem;
  }
  return undefined;
}
