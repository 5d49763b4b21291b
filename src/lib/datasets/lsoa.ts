import {readLsoaBoundaries} from "../inputs/boundaries.js";
import {readDomains, readIndicators, readSubdomains} from "../inputs/deprivation.js";
import {readLsoaLookup, readMsoaNames, readWardLookup} from "../inputs/lookups.js";
import {SOURCE_PATHS} from "../inputs/paths.js";
import {joinLsoas} from "../lsoa/join.js";
import {LSOA_MEASURE_FIELDS, LSOA_TEXT_FIELDS, type LsoaRecord} from "../lsoa/record.js";
import type {ColumnKind} from "../output/parquet.js";
import type {Sources} from "../sources/index.js";

/** The joined LSOA table (1,719 rows for the seven boroughs), sorted by code for stable output. */
export function lsoaRecords(sources: Sources): LsoaRecord[] {
  const records = joinLsoas({
    domains: readDomains(sources),
    subdomains: readSubdomains(sources),
    indicators: readIndicators(sources),
    lookup: readLsoaLookup(sources),
    wardLookup: readWardLookup(sources),
    msoaNames: readMsoaNames(sources),
    lsoaNames: new Map(readLsoaBoundaries(sources).map((f) => [f.properties.LSOA21CD, f.properties.LSOA21NM])),
    paths: SOURCE_PATHS
  });
  return records.sort((a, b) => a.lsoa21cd.localeCompare(b.lsoa21cd));
}

/** Column types of lsoa.parquet: ranks and deciles are whole numbers, scores and rates doubles. */
export const LSOA_COLUMNS: Record<string, ColumnKind> = {
  ...Object.fromEntries(LSOA_TEXT_FIELDS.map((f) => [f, "string"])),
  population: "int32",
  ...Object.fromEntries(LSOA_MEASURE_FIELDS.map((f) => [f, /_(rank|decile)$/.test(f) ? "int32" : "double"]))
};
