import {SourceError} from "../sources/index.js";
import {measuresFrom} from "./measures.js";
import type {LsoaRecord} from "./record.js";

type Row = Record<string, unknown> & {line: number};

export interface LsoaInputs {
  /** IoD2025 File 7 rows (lsoa21_code + <Domain>_score|rank|decile). */
  domains: readonly Row[];
  /** IoD2025 sub-domains rows (lsoa21_code + children_and_young_people_*). */
  subdomains: readonly Row[];
  /** IoD2025 File 8 rows (lsoa21_code + indicator columns). */
  indicators: readonly Row[];
  /** LSOA → MSOA, ward, district with mid-2024 population. */
  lookup: readonly Row[];
  /** LSOA → ward and district names. */
  wardLookup: readonly Row[];
  /** MSOA code → House of Commons Library name. */
  msoaNames: readonly Row[];
  /** LSOA 2011 → 2021 lookup, which also names each 2021 LSOA (lsoa21_code, lsoa21_name). */
  lsoa11To21: readonly Row[];
  /** Paths used in error messages. */
  paths: {
    domains: string;
    subdomains: string;
    indicators: string;
    lookup: string;
    wardLookup: string;
    msoaNames: string;
    lsoa11To21: string;
  };
}

function indexBy(rows: readonly Row[], key: string): Map<string, Row> {
  return new Map(rows.map((r) => [r[key] as string, r]));
}

function need<T>(value: T | undefined, code: string, file: string, from: string, line: number): T {
  if (value === undefined) {
    throw new SourceError({
      kind: "join-mismatch",
      file,
      problem: `no row for ${code}, which ${from} lists on line ${line}`,
      fix: "the files must cover the same LSOAs: use the editions listed in manifest.json"
    });
  }
  return value;
}

/**
 * Joins the IoD2025 LSOA files to the geography lookups. The domains file defines the LSOA set and
 * every other file must cover each of its LSOAs. LSOAs do not nest in wards: the ward is ONS's
 * best fit (lsoa21_ward25_lad25); MSOA and population come from the mid-2024 lookup.
 */
export function joinLsoas(inputs: LsoaInputs): LsoaRecord[] {
  const {paths} = inputs;
  const sub = indexBy(inputs.subdomains, "lsoa21_code");
  const ind = indexBy(inputs.indicators, "lsoa21_code");
  const lookup = indexBy(inputs.lookup, "LSOA21CD");
  const wards = indexBy(inputs.wardLookup, "lsoa21cd");
  const msoaNames = indexBy(inputs.msoaNames, "MSOACD");
  // A merged 2021 LSOA has a row per 2011 LSOA, all with its one name.
  const lsoaNames = indexBy(inputs.lsoa11To21, "lsoa21_code");
  if (inputs.lookup.length !== inputs.domains.length) {
    const domainCodes = new Set(inputs.domains.map((d) => d.lsoa21_code));
    const extra = inputs.lookup.find((r) => !domainCodes.has(r.LSOA21CD as string));
    if (extra) need(undefined, extra.LSOA21CD as string, paths.domains, paths.lookup, extra.line);
  }
  return inputs.domains.map((d) => {
    const code = d.lsoa21_code as string;
    const s = need(sub.get(code), code, paths.subdomains, paths.domains, d.line);
    const i = need(ind.get(code), code, paths.indicators, paths.domains, d.line);
    const l = need(lookup.get(code), code, paths.lookup, paths.domains, d.line);
    const w = need(wards.get(code), code, paths.wardLookup, paths.domains, d.line);
    const m = need(msoaNames.get(l.MSOA21CD as string), l.MSOA21CD as string, paths.msoaNames, paths.lookup, l.line);
    const name = need(lsoaNames.get(code), code, paths.lsoa11To21, paths.domains, d.line).lsoa21_name;
    const record: Record<string, unknown> = {
      lsoa21cd: code,
      lsoa21nm: name,
      msoa21cd: l.MSOA21CD,
      msoa21nm: m.MSOAHCLNM,
      ward25cd: w.wd25cd,
      ward25nm: w.wd25nm,
      lad25cd: w.lad25cd,
      lad25nm: w.lad25nm,
      population: l["2024POP"]
    };
    return measuresFrom(d, i, s, record) as LsoaRecord;
  });
}

/** LSOAs the two lookups place in different wards (each file's own best fit), for the methods notes. */
export function wardDisagreements(
  lookup: readonly Row[],
  wardLookup: readonly Row[]
): {lsoa: string; ward: string; otherWard: string}[] {
  const wards = indexBy(wardLookup, "lsoa21cd");
  return lookup
    .map((l) => ({
      lsoa: l.LSOA21CD as string,
      ward: wards.get(l.LSOA21CD as string)?.wd25cd as string,
      otherWard: l.WD25CD as string
    }))
    .filter((d) => d.ward !== undefined && d.ward !== d.otherWard);
}
