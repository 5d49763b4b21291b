import {feature} from "topojson-client";
import type {GeometryCollection} from "topojson-specification";
import {readPoliceApiSample} from "../inputs/policeApiSample.js";
import type {Sources} from "../sources/index.js";
import {polygonLocator, type PolygonFeature} from "./pointInPolygon.js";
import type {AreaTopology} from "./topology.js";

/** Points of police.uk's API placed on the region's 2021 LSOAs. */
export interface LocatedPoints {
  points: number;
  /** Points inside one of the region's LSOAs, and how many fell in each. */
  inside: number;
  byLsoa: ReadonlyMap<string, number>;
}

/** The region's LSOA shapes from the topology, for the locator. */
export function lsoaPolygons(topology: AreaTopology): PolygonFeature[] {
  const collection = feature(topology, topology.objects.lsoa as GeometryCollection) as GeoJSON.FeatureCollection;
  return collection.features.map((f) => ({id: String(f.id), geometry: f.geometry as PolygonFeature["geometry"]}));
}

/** Places longitude/latitude points on the LSOAs (each point in at most one). */
export function locatePoints(
  points: readonly {longitude: number; latitude: number}[],
  polygons: readonly PolygonFeature[]
): LocatedPoints {
  const locate = polygonLocator(polygons);
  const byLsoa = new Map<string, number>();
  for (const p of points) {
    const code = locate(p.longitude, p.latitude);
    if (code) byLsoa.set(code, (byLsoa.get(code) ?? 0) + 1);
  }
  const inside = [...byLsoa.values()].reduce((a, b) => a + b, 0);
  return {points: points.length, inside, byLsoa: new Map([...byLsoa].sort(([a], [b]) => (a < b ? -1 : 1)))};
}

/** The 2017 API sample placed on the region's LSOAs. */
export function locatePoliceApiSample(sources: Sources, topology: AreaTopology): LocatedPoints {
  return locatePoints(readPoliceApiSample(sources), lsoaPolygons(topology));
}
