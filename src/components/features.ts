import type {GeometryCollection, Topology} from "topojson-specification";
import {feature} from "topojson-client";

export type AreaFeatures = GeoJSON.FeatureCollection<GeoJSON.Geometry, {name: string}>;

/**
 * The features of one layer of a topology as GeoJSON, only those whose code is in `codes` when
 * given: converting just those matters when a page draws a few of the region's 1,719 LSOAs.
 */
export function layerFeatures(topology: Topology, name: string, codes?: ReadonlySet<string>): AreaFeatures {
  const collection = topology.objects[name] as GeometryCollection<{name: string}>;
  const geometries = codes ? collection.geometries.filter((g) => codes.has(String(g.id))) : collection.geometries;
  return feature(topology, {...collection, geometries}) as AreaFeatures;
}
