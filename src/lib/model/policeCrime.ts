import {countKey, CRIME_TYPES, type CrimeType, type StreetMonth} from "../inputs/policeStreet.js";

/** A crime's place in the 2011 → 2021 lookup (the model's lsoa11To21 rows). */
interface LsoaLink {
  lsoa11_code: string;
  lsoa21_code: string;
}

/** Monthly counts by crime type, one per month of `PoliceCrime.months`. */
export type MonthlyCounts = ReadonlyMap<CrimeType, readonly number[]>;

/** police.uk's street-level crimes of the region, counted by month, crime type and 2021 LSOA. */
export interface PoliceCrime {
  /** The months of the files, oldest first ("2025-01"). */
  months: readonly string[];
  /** The files counted, from the sources folder. */
  files: readonly string[];
  /** Crimes by 2021 LSOA of the region. */
  lsoas: ReadonlyMap<string, MonthlyCounts>;
  /**
   * Crimes a month's file places on a 2011 LSOA that was split into several 2021 LSOAs: they belong
   * to no one 2021 LSOA, so they count for an area only when every part lies in it (never on a map).
   */
  split: readonly {lsoa11: string; parts: readonly string[]; counts: MonthlyCounts}[];
  /** ONS mid-2024 residents of each 2021 LSOA: the rates' denominator. */
  residents: ReadonlyMap<string, number>;
  /** Crimes in the files: all of them, those placed outside the region's LSOAs, and those with no LSOA. */
  total: number;
  outside: number;
  unlocated: number;
}

function emptyCounts(months: number): Map<CrimeType, number[]> {
  return new Map(CRIME_TYPES.map((type) => [type, new Array<number>(months).fill(0)]));
}

/**
 * Counts the months' crimes on the region's 2021 LSOAs. police.uk writes 2011 or 2021 LSOA codes,
 * depending on the month: a region's 2021 code is taken as it is; a 2011 code the lookup maps to one
 * 2021 LSOA (unchanged, or merged with others) counts for that LSOA; a 2011 code split into several
 * is kept apart (`split`); any other code is outside the region. Null without files.
 */
export function countPoliceCrime(
  months: readonly StreetMonth[],
  residents: ReadonlyMap<string, number>,
  links: readonly LsoaLink[]
): PoliceCrime | null {
  if (!months.length) return null;
  const parts = new Map<string, string[]>();
  for (const link of links) parts.set(link.lsoa11_code, [...(parts.get(link.lsoa11_code) ?? []), link.lsoa21_code]);
  const lsoas = new Map<string, Map<CrimeType, number[]>>();
  const split = new Map<string, {lsoa11: string; parts: string[]; counts: Map<CrimeType, number[]>}>();
  const countsOf = (code: string) => {
    if (residents.has(code)) return lsoas.get(code) ?? lsoas.set(code, emptyCounts(months.length)).get(code)!;
    const to = parts.get(code);
    if (!to) return undefined;
    if (to.length === 1) return countsOf(to[0]);
    if (!split.has(code)) split.set(code, {lsoa11: code, parts: to, counts: emptyCounts(months.length)});
    return split.get(code)!.counts;
  };
  let total = 0;
  let outside = 0;
  let unlocated = 0;
  months.forEach((month, m) => {
    unlocated += month.unlocated;
    total += month.unlocated;
    for (const code of codesOf(month)) {
      const counts = countsOf(code);
      for (const type of CRIME_TYPES) {
        const n = month.counts.get(countKey(code, type)) ?? 0;
        total += n;
        if (counts) counts.get(type)![m] += n;
        else outside += n;
      }
    }
  });
  const byCode = <T>(map: Map<string, T>) => new Map([...map].sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    months: months.map((m) => m.month),
    files: months.map((m) => m.path),
    lsoas: byCode(lsoas),
    split: [...byCode(split).values()],
    residents,
    total,
    outside,
    unlocated
  };
}

/** The LSOA codes of a month's counts. */
function codesOf(month: StreetMonth): Set<string> {
  return new Set([...month.counts.keys()].map((key) => key.slice(0, key.indexOf("\t"))));
}

/**
 * An area's crimes of one type, month by month: its LSOAs' crimes, and those of a split 2011 LSOA
 * whose parts all lie in the area.
 */
export function areaMonthly(police: PoliceCrime, lsoas: ReadonlySet<string>, type: CrimeType): number[] {
  const sum = new Array<number>(police.months.length).fill(0);
  const add = (counts: MonthlyCounts) => counts.get(type)!.forEach((n, m) => (sum[m] += n));
  for (const code of lsoas) {
    const counts = police.lsoas.get(code);
    if (counts) add(counts);
  }
  for (const s of police.split) if (s.parts.every((code) => lsoas.has(code))) add(s.counts);
  return sum;
}

/** The last `count` months (all of them when there are fewer): the period a map of rates covers. */
export function recentMonths(police: PoliceCrime, count = 12): {first: number; months: readonly string[]} {
  const first = Math.max(0, police.months.length - count);
  return {first, months: police.months.slice(first)};
}

/** Crimes of one type on one 2021 LSOA over the months from `first` (split 2011 LSOAs' crimes are not on any). */
export function lsoaTotal(police: PoliceCrime, code: string, type: CrimeType, first: number): number {
  return (police.lsoas.get(code)?.get(type) ?? []).slice(first).reduce((a, b) => a + b, 0);
}
