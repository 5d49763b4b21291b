import {CRIME_RATES, DOMAINS} from "../inputs/indicators.js";
import {total} from "../model/ages.js";
import type {AreaSummary} from "../model/areas.js";
import type {LsoaRecord} from "../model/record.js";
import {groupBy} from "../model/weighted.js";
import type {RiskRow} from "../risk/compute.js";
import {recordingMedians, type RecordingMedians} from "../stories/crime.js";
import {AGE_BANDS, ageShares} from "./ageShares.js";
import {similarAreaFinder, type SimilarAreas} from "./similar.js";
import type {StoryArea} from "./stories.js";

export {AGE_BANDS} from "./ageShares.js";

/** One comparison value for the ward, its borough, the seven boroughs and (where known) England. */
export interface Compared {
  key: string;
  label: string;
  ward: number | null;
  district: number | null;
  region: number | null;
  england?: number | null;
}

export interface WardProfile {
  code: string;
  name: string;
  slug: string;
  district_code: string;
  district_name: string;
  population: number;
  lsoas: {
    code: string;
    name: string;
    msoa: string;
    imd_decile: number | null;
    imd_rank: number | null;
    imd_score: number | null;
    population: number;
  }[];
  /**
   * Share of LSOAs in England's most deprived 10% on each IoD2025 domain, with the ward's count and
   * base, so the page can write "4 of 6 (67%)" for a small ward.
   */
  domains: (Compared & {ward_count: number | null; ward_base: number | null})[];
  /** Recorded crime rates per 1,000 at-risk population (IoD2025 crime indicators). */
  crime: Compared[];
  /** Median LSOA rates of the region and England, behind the anti-social behaviour caveat. */
  recording: RecordingMedians;
  /** Share of residents in each age band, mid-2020. */
  ages: Compared[];
  residents_mid2020: number;
  msoas: {
    code: string;
    name: string;
    rank: number;
    tied: number;
    top10: number;
    lsoas_in_ward: number;
    lsoas_in_msoa: number;
  }[];
  stories: {slug: string; title: string}[];
  /** MSOAs in the risk index. */
  risk_msoas: number;
  /** The wards most like this one on deprivation and age (wards/similar.ts), with their violence rates. */
  similar: SimilarAreas;
}

export interface ProfileInputs {
  lsoas: readonly LsoaRecord[];
  /** Summaries of every area the profiles compare with, England included. */
  areas: readonly AreaSummary[];
  ages: ReadonlyMap<string, readonly number[]>;
  risk: readonly RiskRow[];
  stories: readonly StoryArea[];
  slugs: ReadonlyMap<string, string>;
}

/** Every ward's profile, ordered by slug. One pass over the data for all 192 wards. */
export function wardProfiles({lsoas, areas, ages, risk, stories, slugs}: ProfileInputs): WardProfile[] {
  const area = (level: string, code: string) => areas.find((a) => a.level === level && a.code === code);
  const value = (row: AreaSummary | undefined, field: string) => (row ? (row.values[field] ?? null) : null);
  const region = areas.find((a) => a.level === "region");
  const england = areas.find((a) => a.level === "england");
  const recording = recordingMedians(region ?? {values: {}}, england ?? {values: {}});
  const riskByCode = new Map(risk.map((r) => [r.code, r]));
  const lsoasPerMsoa = new Map([...groupBy(lsoas, (l) => l.msoa21cd)].map(([code, rows]) => [code, rows.length]));
  const byDistrict = groupBy(lsoas, (l) => l.lad25cd);
  const districtAges = new Map([...byDistrict].map(([code, rows]) => [code, ageShares(rows, ages)]));
  const regionAges = ageShares(lsoas, ages);
  const similarTo = similarAreaFinder({lsoas, ages, slugs});

  const profiles = [...groupBy(lsoas, (l) => l.ward25cd)].map(([code, rows]): WardProfile => {
    const first = rows[0];
    const ward = area("ward", code);
    const district = area("district", first.lad25cd);
    const wardAges = ageShares(rows, ages);
    const msoaCodes = [...new Set(rows.map((r) => r.msoa21cd))];
    return {
      code,
      name: first.ward25nm,
      slug: slugs.get(code) ?? code.toLowerCase(),
      district_code: first.lad25cd,
      district_name: first.lad25nm,
      population: rows.reduce((s, r) => s + r.population, 0),
      lsoas: rows.map((r) => ({
        code: r.lsoa21cd,
        name: r.lsoa21nm,
        msoa: r.msoa21nm,
        imd_decile: r.imd_decile,
        imd_rank: r.imd_rank,
        imd_score: r.imd_score,
        population: r.population
      })),
      domains: DOMAINS.map((d) => {
        const f = `${d.key}_most_deprived_10`;
        return {
          key: d.key,
          label: d.label,
          ward: value(ward, f),
          district: value(district, f),
          region: value(region, f),
          england: 0.1,
          ward_count: value(ward, `${f}_count`),
          ward_base: value(ward, "deciles_known")
        };
      }),
      crime: CRIME_RATES.map((c) => ({
        key: c.key,
        label: c.label,
        ward: value(ward, c.key),
        district: value(district, c.key),
        region: value(region, c.key),
        england: value(england, c.key)
      })),
      recording,
      ages: AGE_BANDS.map((b, i) => ({
        key: b.label,
        label: b.label,
        ward: wardAges[i],
        district: districtAges.get(first.lad25cd)![i],
        region: regionAges[i]
      })),
      residents_mid2020: rows.reduce((s, r) => s + total(ages.get(r.lsoa21cd) ?? []), 0),
      msoas: msoaCodes
        .map((m) => {
          const r = riskByCode.get(m);
          if (!r)
            throw new Error(
              `MSOA ${m} of ward ${code} is not in the risk index — rebuild risk-index.parquet from the same sources`
            );
          return {
            code: m,
            name: r.name,
            rank: r.rank,
            tied: r.tied,
            top10: r.top10,
            lsoas_in_ward: rows.filter((l) => l.msoa21cd === m).length,
            lsoas_in_msoa: lsoasPerMsoa.get(m)!
          };
        })
        .sort((a, b) => a.rank - b.rank),
      risk_msoas: risk.length,
      similar: similarTo(rows.map((r) => r.lsoa21cd)),
      stories: stories
        .filter((s) => s.area.ward_codes.includes(code) || rows.some((r) => s.area.lsoa_codes.includes(r.lsoa21cd)))
        .map((s) => ({slug: s.slug, title: s.title}))
    };
  });
  return profiles.sort((a, b) => (a.slug < b.slug ? -1 : 1));
}
