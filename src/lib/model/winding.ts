import {geoArea} from "d3-geo";

/**
 * d3-geo (and so Plot) reads a ring's winding to tell inside from outside: exterior rings must be
 * clockwise. Sources written to RFC 7946 use the opposite order and would fill the whole globe,
 * so polygons covering more than a hemisphere are reversed.
 */
export function forD3Winding<G extends GeoJSON.Polygon | GeoJSON.MultiPolygon>(geometry: G): G {
  if (geoArea(geometry) <= 2 * Math.PI) return geometry;
  const reverse = (rings: GeoJSON.Position[][]) => rings.map((ring) => ring.slice().reverse());
  return (
    geometry.type === "Polygon"
      ? {...geometry, coordinates: reverse(geometry.coordinates)}
      : {...geometry, coordinates: (geometry as GeoJSON.MultiPolygon).coordinates.map(reverse)}
  ) as G;
}
