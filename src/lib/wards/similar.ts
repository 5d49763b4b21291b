import {DOMAINS} from "../inputs/indicators.js";
import {summariseLsoas} from "../model/areas.js";
import type {LsoaRecord} from "../model/record.js";
import {groupBy} from "../model/weighted.js";
import {standardise} from "../risk/standardise.js";
import {AGE_BANDS, ageShares} from "./ageShares.js";

/** How many similar wards each area lists. */
export const SIMILAR_COUNT = 5;

/**
 * The IoD2025 domains an area is matched on: every domain but Crime, which is what the comparison
 * then shows (matching on it would make the similar wards alike in crime by construction), and the
 * IMD, which is made of the domains and would count them twice.
 */
export const MATCHING_DOMAINS = DOMAINS.filter((d) => d.key !== "imd" && d.key !== "crime");

/** The measures an area is matched on, in the order of its feature vector. */
export const MATCHING_MEASURES: readonly {key: string; label: string}[] = [
  ...MATCHING_DOMAINS.map((d) => ({key: `${d.key}_score`, label: `${d.label} domain score (IoD2025)`})),
  ...AGE_BANDS.map((b) => ({key: `aged_${b.from}_${b.to}`, label: `Share of residents aged ${b.label} (mid-2020)`}))
];

/** What the comparison shows of an area and of each ward like it. */
export interface ComparedMeasures {
  /** IoD2025 IMD score, the population-weighted mean of the LSOAs' scores (higher is more deprived). */
  imd_score: number | null;
  /** IoD2025 violence with injury, per 1,000 at-risk population (the site's area rate). */
  violence_with_injury: number | null;
}

export interface SimilarWard extends ComparedMeasures {
  code: string;
  name: string;
  slug: string;
  district_name: string;
  /** Euclidean distance from the area on the standardised measures: 0 is identical. */
  distance: number;
}

export interface SimilarAreas {
  area: ComparedMeasures;
  /** The SIMILAR_COUNT nearest wards, nearest first. */
  wards: SimilarWard[];
}

export type Features = readonly (number | null)[];

/** The mean and standard deviation of one measure across the region's wards. */
export interface Scale {
  mean: number;
  sd: number;
}

/** An area's feature vector: its matching domain scores, then its age shares. */
export function featuresOf(values: Readonly<Record<string, number | null>>, shares: readonly number[]): Features {
  return [...MATCHING_DOMAINS.map((d) => values[`${d.key}_score`] ?? null), ...shares];
}

/** Each measure's mean and standard deviation across the rows (its known values only). */
export function featureScales(rows: readonly Features[]): Scale[] {
  const width = rows[0]?.length ?? 0;
  return Array.from({length: width}, (_, i) => {
    const {mean, sd} = standardise(rows.map((r) => r[i]).filter((v): v is number => v !== null));
    return {mean, sd};
  });
}

/**
 * Euclidean distance between two areas once each measure is standardised (z-scored with `scales`),
 * so every measure counts alike whatever its unit. A missing value counts as the region's mean, and
 * a measure that does not vary counts for nothing.
 */
export function distance(a: Features, b: Features, scales: readonly Scale[]): number {
  const z = (v: number | null, {mean, sd}: Scale) => (v === null || sd === 0 ? 0 : (v - mean) / sd);
  return Math.sqrt(scales.reduce((sum, scale, i) => sum + (z(a[i], scale) - z(b[i], scale)) ** 2, 0));
}

/** The `count` candidates nearest the target, nearest first (ties by code), leaving out `exclude`. */
export function nearest<C extends {code: string; features: Features}>(
  target: Features,
  candidates: readonly C[],
  scales: readonly Scale[],
  {count = SIMILAR_COUNT, exclude = new Set<string>()}: {count?: number; exclude?: ReadonlySet<string>} = {}
): (C & {distance: number})[] {
  return candidates
    .filter((c) => !exclude.has(c.code))
    .map((c) => ({...c, distance: distance(target, c.features, scales)}))
    .sort((a, b) => a.distance - b.distance || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, count);
}

const compared = (values: Readonly<Record<string, number | null>>): ComparedMeasures => ({
  imd_score: values.imd_score ?? null,
  violence_with_injury: values.violence_with_injury ?? null
});

export interface SimilarityInputs {
  /** The region's LSOAs: the candidates are their wards. */
  lsoas: readonly LsoaRecord[];
  ages: ReadonlyMap<string, readonly number[]>;
  /** Each ward's page slug. */
  slugs: ReadonlyMap<string, string>;
}

/** The similar wards of an area made of these LSOAs. */
export type FindSimilar = (lsoaCodes: readonly string[]) => SimilarAreas;

/**
 * Finds, for any set of the region's LSOAs (a ward, a story's area), the wards most like it: each
 * area is summarised as every area on the site is (model/areas.ts) and described by MATCHING_MEASURES,
 * standardised across the region's wards. The wards the area's LSOAs lie in are left out: a ward is
 * not its own neighbour, and a story's area is already compared with its own wards on its page.
 */
export function similarAreaFinder({lsoas, ages, slugs}: SimilarityInputs): FindSimilar {
  const wards = [...groupBy(lsoas, (l) => l.ward25cd)].map(([code, rows]) => {
    const values = summariseLsoas(rows);
    return {
      code,
      name: rows[0].ward25nm,
      slug: slugs.get(code) ?? code.toLowerCase(),
      district_name: rows[0].lad25nm,
      features: featuresOf(values, ageShares(rows, ages)),
      ...compared(values)
    };
  });
  const scales = featureScales(wards.map((w) => w.features));
  return (lsoaCodes) => {
    const set = new Set(lsoaCodes);
    const rows = lsoas.filter((l) => set.has(l.lsoa21cd));
    if (rows.length === 0) throw new Error("similar areas: the area has none of the region's LSOAs");
    const values = summariseLsoas(rows);
    const exclude = new Set(rows.map((r) => r.ward25cd));
    return {
      area: compared(values),
      wards: nearest(featuresOf(values, ageShares(rows, ages)), wards, scales, {exclude}).map((w) => ({
        code: w.code,
        name: w.name,
        slug: w.slug,
        district_name: w.district_name,
        distance: w.distance,
        imd_score: w.imd_score,
        violence_with_injury: w.violence_with_injury
      }))
    };
  };
}
