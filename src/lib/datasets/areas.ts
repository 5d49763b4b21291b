import {AVERAGED_FIELDS, DECILE_SHARE_FIELDS, summariseAreas, summariseEngland, type AreaSummary} from "../aggregate/areas.js";
import {readDomains, readIndicators} from "../inputs/deprivation.js";
import {englandMeasures} from "../lsoa/measures.js";
import type {LsoaRecord} from "../lsoa/record.js";
import type {ColumnKind} from "../output/parquet.js";
import type {Sources} from "../sources/index.js";

/** Summaries for MSOAs, wards, districts, the region and England, flattened to one row each. */
export function areaRows(sources: Sources, lsoas: readonly LsoaRecord[]): Record<string, unknown>[] {
  const england = summariseEngland(englandMeasures(readDomains(sources, true), readIndicators(sources, true)));
  return [...summariseAreas(lsoas), england].map(flattenArea);
}

export function flattenArea({values, ...area}: AreaSummary): Record<string, unknown> {
  return {...area, ...values};
}

export const AREA_COLUMNS: Record<string, ColumnKind> = {
  level: "string",
  code: "string",
  name: "string",
  district_code: "string",
  district_name: "string",
  weighting: "string",
  lsoa_count: "int32",
  population: "int32",
  ...Object.fromEntries([...AVERAGED_FIELDS, ...DECILE_SHARE_FIELDS].map((f) => [f, "double"]))
};
