/** A polygon layer's feature: its code and its shape in longitude and latitude. */
export interface PolygonFeature {
  id: string;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

/** Whether a point is inside a ring (even-odd crossings of a ray towards +x). */
function crossings(x: number, y: number, ring: readonly GeoJSON.Position[]): number {
  let n = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) n++;
  }
  return n;
}

/**
 * Whether a point (longitude x, latitude y) is inside a polygon or multipolygon, holes excepted:
 * an odd count of crossings over every ring. Planar, which at an LSOA's size (a kilometre or two)
 * differs from the spherical test by far less than police.uk's anonymised points move crimes.
 */
export function containsPoint(geometry: PolygonFeature["geometry"], x: number, y: number): boolean {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let n = 0;
  for (const polygon of polygons) for (const ring of polygon) n += crossings(x, y, ring);
  return n % 2 === 1;
}

interface Indexed extends PolygonFeature {
  west: number;
  south: number;
  east: number;
  north: number;
}

function boxed(feature: PolygonFeature): Indexed {
  const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const box = {west: Infinity, south: Infinity, east: -Infinity, north: -Infinity};
  for (const polygon of polygons)
    for (const [x, y] of polygon[0]) {
      box.west = Math.min(box.west, x);
      box.east = Math.max(box.east, x);
      box.south = Math.min(box.south, y);
      box.north = Math.max(box.north, y);
    }
  return {...feature, ...box};
}

/**
 * Finds the feature a point lies in. Each feature is filed under the grid cells (`cell` degrees
 * square) its bounding box touches, so a point is tested against the few features of its cell, and
 * against their boxes before their rings.
 */
export function polygonLocator(
  features: readonly PolygonFeature[],
  cell = 0.01
): (x: number, y: number) => string | undefined {
  const grid = new Map<string, Indexed[]>();
  const key = (i: number, j: number) => `${i},${j}`;
  for (const feature of features.map(boxed))
    for (let i = Math.floor(feature.west / cell); i <= Math.floor(feature.east / cell); i++)
      for (let j = Math.floor(feature.south / cell); j <= Math.floor(feature.north / cell); j++)
        if (grid.has(key(i, j))) grid.get(key(i, j))!.push(feature);
        else grid.set(key(i, j), [feature]);
  return (x, y) =>
    grid
      .get(key(Math.floor(x / cell), Math.floor(y / cell)))
      ?.find((f) => x >= f.west && x <= f.east && y >= f.south && y <= f.north && containsPoint(f.geometry, x, y))?.id;
}
