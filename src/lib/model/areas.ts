import {CRIME_RATES, CYP_SUBDOMAIN, DOMAINS, OTHER_INDICATORS} from "../inputs/indicators.js";
import type {LsoaRecord} from "./record.js";
import {groupBy, shareWhere, weightedMean} from "./weighted.js";

export type AreaLevel = "msoa" | "ward" | "district" | "region" | "england";

/** How an area's LSOA values were combined: by mid-2024 population, or one LSOA one vote. */
export type Weighting = "population" | "lsoa";

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
  /** Every averaged field and every `<domain>_most_deprived_10` share (0–1). */
  values: Record<string, number | null>;
}

/** How to read a measure (`imd_score`, `violence_with_injury`…) of a row. */
export type MeasureOf<R> = (key: string) => (row: R) => number | null | undefined;

/** LSOA records hold their measures under the measure keys. */
const ownField: MeasureOf<object> = (key) => (row) => (row as Record<string, number | null | undefined>)[key];

/** Averages and decile-1 shares of a set of LSOAs (rows with a `population` when weighted by it). */
export function summariseLsoas<R extends object>(
  rows: readonly R[],
  weighting: Weighting,
  measure: MeasureOf<R> = ownField
): Record<string, number | null> {
  const weight = weighting === "population" ? (r: R) => (r as {population?: number}).population ?? 0 : () => 1;
  const values: Record<string, number | null> = {};
  for (const name of AVERAGED_FIELDS) values[name] = weightedMean(rows, measure(name), weight);
  for (const {key} of DOMAINS)
    values[`${key}_most_deprived_10`] = shareWhere(rows, measure(`${key}_decile`), (d) => d === 1);
  return values;
}

const LEVELS = [
  {level: "msoa", code: (r: LsoaRecord) => r.msoa21cd, name: (r: LsoaRecord) => r.msoa21nm},
  {level: "ward", code: (r: LsoaRecord) => r.ward25cd, name: (r: LsoaRecord) => r.ward25nm},
  {level: "district", code: (r: LsoaRecord) => r.lad25cd, name: (r: LsoaRecord) => r.lad25nm}
] as const;

export const REGION = {code: "E47000007", name: "West Midlands (7 boroughs)"};
export const ENGLAND = {code: "E92000001", name: "England"};

/**
 * Population-weighted summaries for every MSOA, ward and district and for the region, plus an
 * unweighted (LSOA-average) region row so it can be compared like for like with England.
 */
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
        values: summariseLsoas(rows, "population")
      });
    }
  }
  const population = lsoas.reduce((s, r) => s + r.population, 0);
  for (const weighting of ["population", "lsoa"] as const) {
    out.push({
      level: "region",
      ...REGION,
      district_code: null,
      district_name: null,
      weighting,
      lsoa_count: lsoas.length,
      population,
      values: summariseLsoas(lsoas, weighting)
    });
  }
  return out;
}

/** England reference values: the England-wide files carry no population, so LSOAs count equally. */
export function summariseEngland<R extends object>(rows: readonly R[], measure?: MeasureOf<R>): AreaSummary {
  const values = summariseLsoas(rows, "lsoa", measure);
  return {
    level: "england",
    ...ENGLAND,
    district_code: null,
    district_name: null,
    weighting: "lsoa",
    lsoa_count: rows.length,
    population: null,
    values
  };
}
