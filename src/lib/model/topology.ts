import type {GeometryCollection, MultiPolygon, Polygon, Topology} from "topojson-specification";
import {mergeArcs, quantize} from "topojson-client";
import {topology} from "topojson-server";
import {presimplify, quantile, simplify} from "topojson-simplify";
import {groupBy} from "./weighted.js";
import {forD3Winding} from "./winding.js";

export interface AreaFeature {
  type: "Feature";
  /** ONS code. */
  id: string;
  properties: {name: string; district?: string};
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

export interface TopologyOptions {
  /** Share of arc points to keep, those with the largest visual weight (topojson-simplify quantile). */
  retain: number;
  /** Grid size of the final integer coordinates per axis. */
  quantization: number;
}

// The sources are already generalised: keeping 70% of points on a 30,000 grid keeps ward shapes
// readable at neighbourhood zoom for about 190 KB gzip (bench/RESULTS.md).
export const DEFAULT_TOPOLOGY_OPTIONS: TopologyOptions = {retain: 0.7, quantization: 3e4};

export type AreaTopology = Topology<{
  lsoa: GeometryCollection<{name: string}>;
  msoa: GeometryCollection<{name: string}>;
  ward: GeometryCollection<{name: string; district: string}>;
  district: GeometryCollection<{name: string}>;
}>;

/**
 * One topology for LSOAs, MSOAs, wards and districts, so borders shared within a layer are the
 * same arcs and stay aligned after simplification. Districts are dissolved from wards (mergeArcs),
 * so their outlines are exactly the outer ward edges.
 */
export function buildTopology(
  layers: {
    lsoa: AreaFeature[];
    msoa: AreaFeature[];
    ward: (AreaFeature & {properties: {district: string; districtName: string}})[];
  },
  options: TopologyOptions = DEFAULT_TOPOLOGY_OPTIONS
): AreaTopology {
  const collection = (features: AreaFeature[]) => ({
    type: "FeatureCollection" as const,
    features: features.map((f) => ({...f, geometry: forD3Winding(f.geometry)}))
  });
  // Unquantized, so shared borders are found from exactly equal source vertices; quantized last.
  let topo = topology({
    lsoa: collection(layers.lsoa),
    msoa: collection(layers.msoa),
    ward: collection(layers.ward)
  }) as unknown as Topology;
  topo = presimplify(topo as never) as unknown as Topology;
  topo = simplify(topo as never, quantile(topo as never, options.retain)) as unknown as Topology;
  type WardProperties = {name: string; district: string; districtName?: string};
  const wards = topo.objects.ward as GeometryCollection<WardProperties>;
  const wardProperties = (g: (typeof wards.geometries)[number]) => g.properties as WardProperties;
  const districts = [...groupBy(wards.geometries, (g) => wardProperties(g).district)].map(([code, geometries]) => ({
    ...mergeArcs(topo, geometries as (Polygon | MultiPolygon)[]),
    id: code,
    properties: {name: wardProperties(geometries[0]).districtName!}
  }));
  topo.objects.district = {type: "GeometryCollection", geometries: districts};
  for (const g of wards.geometries) delete wardProperties(g).districtName;
  topo = quantize(topo as Topology<Record<string, GeometryCollection>>, options.quantization) as Topology;
  stripSimplifyWeights(topo);
  return topo as AreaTopology;
}

/** presimplify stores a weight as a third coordinate; the output needs only x and y. */
function stripSimplifyWeights(topo: Topology): void {
  topo.arcs = topo.arcs.map((arc) => arc.map((p) => [p[0], p[1]] as [number, number]));
}
