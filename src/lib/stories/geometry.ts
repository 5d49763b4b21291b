import {geoCentroid} from "d3-geo";
import {feature} from "topojson-client";
import {topology as toTopology} from "topojson-server";
import {presimplify, simplify} from "topojson-simplify";
import type {GeometryCollection, Topology} from "topojson-specification";
import type {AreaTopology} from "../model/topology.js";

export interface StoryFeature {
  type: "Feature";
  id: string;
  properties: {name: string};
  geometry: GeoJSON.Geometry;
}

export interface StoryGeometry {
  /** The seven boroughs, for the locator. */
  districts: StoryFeature[];
  /** Wards that hold the area's LSOAs. */
  wards: StoryFeature[];
  lsoas: StoryFeature[];
  /** One label point per House of Commons Library neighbourhood (MSOA) in the area. */
  labels: {name: string; msoa: string; x: number; y: number}[];
}

export type StoryTopology = Topology<{
  lsoa: GeometryCollection<{name: string}>;
  ward: GeometryCollection<{name: string}>;
  district: GeometryCollection<{name: string}>;
}>;

/**
 * The story's shapes as one small topology (objects lsoa, ward, district, as in geography.topojson), so
 * shared borders are stored once.
 */
export function storyTopology(g: StoryGeometry): StoryTopology {
  const fc = (features: StoryFeature[]) => ({type: "FeatureCollection" as const, features});
  return toTopology(
    {lsoa: fc(g.lsoas), ward: fc(g.wards), district: fc(g.districts)} as never,
    1e5
  ) as unknown as StoryTopology;
}

/**
 * Coordinates to `digits` decimal places (4 is about 10 m, ample for a web map), x and y only: a
 * third value, such as the weight topojson-simplify adds, is dropped.
 */
export function roundGeometry<G extends GeoJSON.Geometry>(geometry: G, digits: number): G {
  const f = 10 ** digits;
  const round = (c: unknown): unknown =>
    typeof c === "number"
      ? Math.round(c * f) / f
      : Array.isArray(c)
        ? (typeof c[0] === "number" ? c.slice(0, 2) : c).map(round)
        : c;
  return {...geometry, coordinates: round((geometry as GeoJSON.Polygon).coordinates)} as G;
}

/** The features of one object of a topology, those kept, as story features rounded to `digits`. */
function storyFeatures(
  topology: Topology,
  name: string,
  keep: (id: string) => boolean,
  digits: number
): StoryFeature[] {
  const fc = feature(
    topology,
    topology.objects[name] as GeometryCollection<{name: string}>
  ) as GeoJSON.FeatureCollection<GeoJSON.Geometry, {name: string}>;
  return fc.features
    .filter((f) => keep(String(f.id)))
    .map((f) => ({
      type: "Feature",
      id: String(f.id),
      properties: {name: f.properties.name},
      geometry: roundGeometry(f.geometry, digits)
    }));
}

/**
 * Visual weight (the planar area, in degrees², of the triangle a point makes with its neighbours)
 * below which a borough outline's point is dropped: under a square pixel where the seven boroughs
 * are 640 px wide, the widest the locator draws them, so it keeps its look with a third of the points.
 */
const DISTRICT_MIN_WEIGHT = 1e-6;

/** Features simplified together, so borders they share stay shared, then rounded to `digits`. */
function simplified(features: StoryFeature[], minWeight: number, digits: number): StoryFeature[] {
  const weighted = presimplify(toTopology({layer: {type: "FeatureCollection", features}} as never) as never);
  return storyFeatures(simplify(weighted, minWeight) as unknown as Topology, "layer", () => true, digits);
}

/** Only the shapes a story's maps need, so a story page does not download the whole region's LSOAs. */
export function storyGeometry(
  topology: AreaTopology,
  lsoaCodes: readonly string[],
  wardCodes: readonly string[],
  msoaOf: ReadonlyMap<string, {code: string; name: string}>
): StoryGeometry {
  const lsoaSet = new Set(lsoaCodes);
  const wardSet = new Set(wardCodes);
  const lsoas = storyFeatures(topology, "lsoa", (id) => lsoaSet.has(id), 5);
  const byMsoa = new Map<string, {name: string; features: StoryFeature[]}>();
  for (const f of lsoas) {
    const msoa = msoaOf.get(f.id);
    if (!msoa) continue;
    const group = byMsoa.get(msoa.code) ?? {name: msoa.name, features: []};
    group.features.push(f);
    byMsoa.set(msoa.code, group);
  }
  const labels = [...byMsoa].map(([code, {name, features}]) => {
    const [x, y] = geoCentroid({type: "FeatureCollection", features} as GeoJSON.FeatureCollection);
    return {name, msoa: code, x: Math.round(x * 1e5) / 1e5, y: Math.round(y * 1e5) / 1e5};
  });
  return {
    districts: simplified(
      storyFeatures(topology, "district", () => true, 5),
      DISTRICT_MIN_WEIGHT,
      4
    ),
    wards: storyFeatures(topology, "ward", (id) => wardSet.has(id), 5),
    lsoas,
    labels
  };
}
