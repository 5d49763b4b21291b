// Shapes for map tests.

/** A rectangle from (x0, y0) to (x1, y1) in degrees, wound clockwise as d3-geo expects. */
export function box(id: string, [x0, y0, x1, y1]: number[], name = id): GeoJSON.Feature<GeoJSON.Polygon> {
  const ring = [
    [x0, y0],
    [x0, y1],
    [x1, y1],
    [x1, y0],
    [x0, y0]
  ];
  return {type: "Feature", id, properties: {name}, geometry: {type: "Polygon", coordinates: [ring]}};
}
