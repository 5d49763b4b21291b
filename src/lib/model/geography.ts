import {readLsoaBoundaries, readMsoaBoundaries, readWardBoundaries} from "../inputs/boundaries.js";
import {readMsoaNames} from "../inputs/lookups.js";
import {SOURCE_PATHS} from "../inputs/paths.js";
import {buildTopology, DEFAULT_TOPOLOGY_OPTIONS, type AreaTopology, type TopologyOptions} from "./topology.js";
import type {Sources} from "../sources/index.js";

/** The files geographyTopology reads: the model caches the topology under their checksums. */
export const GEOGRAPHY_SOURCES = [
  SOURCE_PATHS.lsoaBoundaries,
  SOURCE_PATHS.msoaBoundaries,
  SOURCE_PATHS.wardBoundaries,
  SOURCE_PATHS.msoaNames
];

/** LSOA, MSOA (House of Commons Library names), ward and district shapes as one TopoJSON topology. */
export function geographyTopology(sources: Sources, options: TopologyOptions = DEFAULT_TOPOLOGY_OPTIONS): AreaTopology {
  const msoaNames = new Map(readMsoaNames(sources).map((r) => [r.MSOACD, r.MSOAHCLNM]));
  return buildTopology(
    {
      lsoa: readLsoaBoundaries(sources).map((f) => ({
        type: "Feature",
        id: f.properties.LSOA21CD,
        properties: {name: f.properties.LSOA21NM},
        geometry: f.geometry
      })),
      msoa: readMsoaBoundaries(sources).map((f) => ({
        type: "Feature",
        id: f.properties.MSOA21CD,
        properties: {name: msoaNames.get(f.properties.MSOA21CD) ?? f.properties.MSOA21NM},
        geometry: f.geometry
      })),
      ward: readWardBoundaries(sources).map((f) => ({
        type: "Feature",
        id: f.properties.WD25CD,
        properties: {name: f.properties.WD25NM, district: f.properties.LAD25CD, districtName: f.properties.LAD25NM},
        geometry: f.geometry
      }))
    },
    options
  );
}
