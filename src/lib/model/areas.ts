import {CRIME_RATES, CYP_SUBDOMAIN, DOMAINS, IOD_POPULATION, OTHER_INDICATORS} from "../inputs/indicators.js";
import {median} from "../util/median.js";
import type {LsoaRecord} from "./record.js";
import {groupBy, shareWhere, weightedMean} from "./weighted.js";

export type AreaLevel = "msoa" | "ward" | "district" | "region" | "england";

/**
 * How an area's LSOA values are combined, the one definition used for every area on the site: the
 * mean of its LSOAs' values weighted by the population the IoD2025 counted in each (IOD_POPULATION).
 */
export type Weighting = "population";

/** Numeric LSOA fields an area summary averages (scores and rates, not ranks). */
export const AVERAGED_FIELDS = [
  ...DOMAINS.map((d) => `${d.key}_score`),
  `${CYP_SUBDOMAIN.key}_score`,
  ...CRIME_RATES.map((r) => r.key),
  ...OTHER_INDICATORS.filter((r) => r.key === "mental_health").map((r) => r.key)
] as const;

export interface AreaSummary {
  level: AreaLevel;
  code: string;
  name: string;
  district_code: string | null;
  district_name: string | null;
  weighting: Weighting;
  lsoa_count: number;
  population: number | null;
  /**
   * Every averaged field, every `<domain>_most_deprived_10` share (0–1) with its `_count` and the
   * `deciles_known` base, and the `<crime rate>_median` LSOA value.
   */
  values: Record<string, number | null>;
}

/** How to read a measure (`imd_score`, `violence_with_injury`…) of a row. */
export type MeasureOf<R> = (key: string) => (row: R) => number | null | undefined;

/** LSOA records hold their measures under the measure keys. */
const ownField: MeasureOf<object> = (key) => (row) => (row as Record<string, number | null | undefined>)[key];

/** The weight of an LSOA in every area summary: the population the IoD2025 counted in it. */
export const LSOA_WEIGHT = IOD_POPULATION.key;

/**
 * Weighted means, decile-1 shares (with their counts) and median crime rates of a set of LSOAs.
 * Every area, England included, is summarised by this one function, so the same LSOAs always give
 * the same figures whichever page shows them.
 */
export function summariseLsoas<R extends object>(
  rows: readonly R[],
  measure: MeasureOf<R> = ownField
): Record<string, number | null> {
  const weightOf = measure(LSOA_WEIGHT);
  const weight = (r: R) => weightOf(r) ?? 0;
  const values: Record<string, number | null> = {};
  for (const name of AVERAGED_FIELDS) values[name] = weightedMean(rows, measure(name), weight);
  const imdDecile = measure("imd_decile");
  values.deciles_known = rows.filter((r) => imdDecile(r) !== null && imdDecile(r) !== undefined).length;
  for (const {key} of DOMAINS) {
    const decile = measure(`${key}_decile`);
    values[`${key}_most_deprived_10`] = shareWhere(rows, decile, (d) => d === 1);
    values[`${key}_most_deprived_10_count`] = rows.filter((r) => decile(r) === 1).length;
  }
  for (const {key} of CRIME_RATES) {
    const rate = measure(key);
    values[`${key}_median`] = median(
      rows.map((r) => rate(r)).filter((v): v is number => v !== null && v !== undefined && !Number.isNaN(v))
    );
  }
  return values;
}

const LEVELS = [
  {level: "msoa", code: (r: LsoaRecord) => r.msoa21cd, name: (r: LsoaRecord) => r.msoa21nm},
  {level: "ward", code: (r: LsoaRecord) => r.ward25cd, name: (r: LsoaRecord) => r.ward25nm},
  {level: "district", code: (r: LsoaRecord) => r.lad25cd, name: (r: LsoaRecord) => r.lad25nm}
] as const;

export const REGION = {code: "E47000007", name: "West Midlands (7 boroughs)"};
export const ENGLAND = {code: "E92000001", name: "England"};

/** Summaries (see summariseLsoas) of every MSOA, ward and district and of the region. */
export function summariseAreas(lsoas: readonly LsoaRecord[]): AreaSummary[] {
  const out: AreaSummary[] = [];
  for (const {level, code, name} of LEVELS) {
    for (const [areaCode, rows] of groupBy(lsoas, code)) {
      const first = rows[0];
      out.push({
        level,
        code: areaCode,
        name: name(first),
        district_code: level === "district" ? null : first.lad25cd,
        district_name: level === "district" ? null : first.lad25nm,
        weighting: "population",
        lsoa_count: rows.length,
        population: rows.reduce((s, r) => s + r.population, 0),
        values: summariseLsoas(rows)
      });
    }
  }
  out.push({
    level: "region",
    ...REGION,
    district_code: null,
    district_name: null,
    weighting: "population",
    lsoa_count: lsoas.length,
    population: lsoas.reduce((s, r) => s + r.population, 0),
    values: summariseLsoas(lsoas)
  });
  return out;
}

/** England's reference values, made exactly as every other area's (see summariseLsoas). */
export function summariseEngland<R extends object>(rows: readonly R[], measure?: MeasureOf<R>): AreaSummary {
  const values = summariseLsoas(rows, measure);
  return {
    level: "england",
    ...ENGLAND,
    district_code: null,
    district_name: null,
    weighting: "population",
    lsoa_count: rows.length,
    population: null,
    values
  };
}
