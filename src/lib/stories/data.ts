import {CRIME_RATES, DOMAINS} from "../inputs/indicators.js";
import {sumAges} from "../model/ages.js";
import {REGION, summariseLsoas, type AreaSummary} from "../model/areas.js";
import type {Model} from "../model/model.js";
import type {LsoaRecord} from "../model/record.js";
import {lsoaChanges} from "../model/unchanged.js";
import {ageProfile, type AgeProfile} from "./age.js";

/** The recorded crime rates a story compares (IoD2025 crime domain indicators). */
export const STORY_CRIME_RATES = CRIME_RATES.filter((r) => r.key !== "violence_without_injury");

export interface StoryLsoa {
  code: string;
  name: string;
  msoa: string;
  ward: string;
  population: number;
  imd_decile: number | null;
  imd_rank: number | null;
  /** IoD2019 IMD decile when the LSOA is unchanged since 2011, else null. */
  imd_decile_2019: number | null;
  imd_rank_2019: number | null;
  change_code: string | null;
  rates: Record<string, number | null>;
}

export interface Comparison {
  /** "area", "ward", "district", "region" or "england". */
  level: string;
  name: string;
  /** The ONS code of a ward, district, the region or England; none for the story's own area. */
  code?: string;
  /** How LSOA values were combined: always weighted by the IoD2025 population (model/areas.ts). */
  weighting: "population";
  /** LSOAs summarised. */
  lsoa_count: number;
  values: Record<string, number | null>;
}

export interface StoryNumbers {
  population: number;
  lsoas: StoryLsoa[];
  age: AgeProfile;
  /** Area, its wards, district, region, England, with domain decile-1 shares and crime rates. */
  comparisons: Comparison[];
}

export type StoryNumberInputs = Pick<Model, "lsoas" | "areas" | "england" | "ages" | "lsoa11To21" | "iod2019">;

/** The area's name in comparisons: its ward when it is exactly one ward. */
function areaName(rows: readonly LsoaRecord[], isWard: boolean): string {
  return isWard ? `${rows[0].ward25nm} ward (the area)` : "The area";
}

/** A ward, district or region summary of the data model as a comparison row. */
function comparisonOf(summary: AreaSummary, level: string, name: string): Comparison {
  const {code, weighting, lsoa_count, values} = summary;
  return {level, name, code, weighting, lsoa_count, values};
}

/**
 * Every number a story shows, computed from the LSOA table and the comparison sources. The area is
 * summarised with the same function as every ward, borough, the region and England (model/areas.ts),
 * and the ward, borough and region rows are the data model's own summaries, the ones the ward pages
 * show, so a story and a ward page never give two figures for the same place.
 */
export function storyNumbers(codes: readonly string[], input: StoryNumberInputs): StoryNumbers {
  const set = new Set(codes);
  const rows = input.lsoas.filter((r) => set.has(r.lsoa21cd));
  const changeOf = lsoaChanges(input.lsoa11To21, input.iod2019);
  const lsoas: StoryLsoa[] = rows.map((r) => {
    const {iod2019: unchanged, change_code} = changeOf(r.lsoa21cd);
    return {
      code: r.lsoa21cd,
      name: r.lsoa21nm,
      msoa: r.msoa21nm,
      ward: r.ward25nm,
      population: r.population,
      imd_decile: r.imd_decile,
      imd_rank: r.imd_rank,
      imd_decile_2019: unchanged?.decile ?? null,
      imd_rank_2019: unchanged?.rank ?? null,
      change_code,
      rates: Object.fromEntries(STORY_CRIME_RATES.map((c) => [c.key, r[c.key]]))
    };
  });
  const region = new Set(input.lsoas.map((r) => r.lsoa21cd));
  const age = ageProfile(sumAges(input.ages, set), sumAges(input.ages, region));
  const summary = (level: string, code: string) => {
    const found = input.areas.find((a) => a.level === level && a.code === code);
    if (!found)
      throw new Error(`the data model has no ${level} summary for ${code} — rebuild it from the same sources`);
    return found;
  };
  const wardCodes = [...new Set(rows.map((r) => r.ward25cd))];
  const wardOf = (code: string) => input.lsoas.filter((r) => r.ward25cd === code);
  const sameAs = (a: readonly LsoaRecord[]) => a.length === rows.length && a.every((r) => set.has(r.lsoa21cd));
  const isWard = wardCodes.some((code) => sameAs(wardOf(code)));
  const comparisons: Comparison[] = [
    {
      level: "area",
      name: areaName(rows, isWard),
      weighting: "population",
      lsoa_count: rows.length,
      values: summariseLsoas(rows)
    },
    ...wardCodes
      .filter((code) => !sameAs(wardOf(code)))
      .map((code) => comparisonOf(summary("ward", code), "ward", `${summary("ward", code).name} ward`)),
    ...[...new Set(rows.map((r) => r.lad25cd))].map((code) => {
      const district = summary("district", code);
      return comparisonOf(district, "district", district.name);
    }),
    comparisonOf(summary("region", REGION.code), "region", REGION.name),
    comparisonOf(input.england, "england", "England")
  ];
  return {population: rows.reduce((s, r) => s + r.population, 0), lsoas, age, comparisons};
}

/**
 * The domain profile: share of LSOAs in England's most deprived 10% on each domain, per comparison,
 * with the count and the base behind it, so a small area can say "4 of 6" beside "67%".
 */
export function domainProfile(numbers: StoryNumbers) {
  return DOMAINS.flatMap((d) =>
    numbers.comparisons
      .filter((c) => c.level !== "ward")
      .map((c) => ({
        domain: d.label,
        key: d.key,
        area: c.name,
        level: c.level,
        share: c.values[`${d.key}_most_deprived_10`],
        count: c.values[`${d.key}_most_deprived_10_count`] ?? null,
        base: c.values.deciles_known ?? null
      }))
  );
}

/** Crime rates per 1,000 at-risk population, per comparison. */
export function crimeProfile(numbers: StoryNumbers) {
  return STORY_CRIME_RATES.flatMap((r) =>
    numbers.comparisons.map((c) => ({
      measure: r.label,
      key: r.key,
      area: c.name,
      level: c.level,
      weighting: c.weighting,
      rate: c.values[r.key]
    }))
  );
}
