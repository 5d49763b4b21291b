import {CRIME_RATES, CYP_SUBDOMAIN, DOMAINS, OTHER_INDICATORS} from "../indicators.js";

type Row = Record<string, unknown>;

/**
 * Renames IoD2025 source columns to the site's measure keys (`imd_score`, `violence_with_injury`…).
 * The sub-domains row is optional because no England-wide copy of it is in the sources.
 */
export function measuresFrom(domains: Row, indicators: Row, subdomains?: Row): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const {key, column} of DOMAINS) {
    for (const part of ["score", "rank", "decile"]) out[`${key}_${part}`] = (domains[`${column}_${part}`] as number | undefined) ?? null;
  }
  for (const part of ["score", "rank", "decile"]) {
    out[`${CYP_SUBDOMAIN.key}_${part}`] = (subdomains?.[`${CYP_SUBDOMAIN.column}_${part}`] as number | undefined) ?? null;
  }
  for (const {key, column} of [...CRIME_RATES, ...OTHER_INDICATORS]) out[key] = (indicators[column] as number | null | undefined) ?? null;
  return out;
}

/** Pairs England-wide domain and indicator rows by LSOA code into measure rows. */
export function englandMeasures(domains: readonly Row[], indicators: readonly Row[]): Record<string, number | null>[] {
  const byCode = new Map(indicators.map((r) => [r.lsoa21_code, r]));
  return domains.map((d) => measuresFrom(d, byCode.get(d.lsoa21_code) ?? {}));
}
