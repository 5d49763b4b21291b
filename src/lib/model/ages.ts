import {AGE_COLUMNS} from "../inputs/population.js";

/**
 * Moves the ONS mid-2020 single-year-of-age estimates (published on 2011 LSOAs) onto 2021 LSOAs.
 * Each 2011 LSOA's counts go to the 2021 LSOAs it maps to in the ONS lookup, shared in proportion
 * to their mid-2024 population (as the story pages do). Unchanged (U) and merged (M) LSOAs have one 2021 LSOA and
 * pass their counts whole; split (S) and complex (X) ones are shared, so counts can be fractional.
 */
export interface AgeRow {
  lsoa11_code: string;
  /** Counts by single year of age, index 0 to 90 (90 = "90 and over"). */
  ages: readonly number[];
}

export interface Lsoa11To21Row {
  lsoa11_code: string;
  lsoa21_code: string;
}

export function agesOn2021Lsoas(
  ages: readonly AgeRow[],
  lookup: readonly Lsoa11To21Row[],
  population2021: ReadonlyMap<string, number>
): Map<string, number[]> {
  const children = new Map<string, string[]>();
  for (const {lsoa11_code, lsoa21_code} of lookup) {
    const list = children.get(lsoa11_code) ?? [];
    if (!list.includes(lsoa21_code)) list.push(lsoa21_code);
    children.set(lsoa11_code, list);
  }
  const out = new Map<string, number[]>();
  for (const {lsoa11_code, ages: counts} of ages) {
    const targets = children.get(lsoa11_code);
    if (!targets)
      throw new Error(
        `LSOA 2011 ${lsoa11_code} is not in the LSOA 2011 → 2021 lookup — ` +
          "use the lookup edition that matches the population file"
      );
    const weights = targets.map((code) => population2021.get(code) ?? 0);
    const total = weights.reduce((s, w) => s + w, 0);
    targets.forEach((code, i) => {
      const share = total > 0 ? weights[i] / total : 1 / targets.length;
      const sum = out.get(code) ?? new Array<number>(counts.length).fill(0);
      counts.forEach((c, age) => (sum[age] += c * share));
      out.set(code, sum);
    });
  }
  return out;
}

/** Sum of counts for ages `from` to `to` inclusive (90 means 90 and over). */
export function ageBand(counts: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let age = from; age <= Math.min(to, counts.length - 1); age++) sum += counts[age];
  return sum;
}

export function total(counts: readonly number[]): number {
  return ageBand(counts, 0, counts.length - 1);
}

/** Rows of the ONS single-year-of-age table ("0" … "89", "90+" columns) as count vectors. */
export function ageVectors(rows: readonly ({lsoa11_code: string} & object)[]): AgeRow[] {
  return rows.map((r) => ({
    lsoa11_code: r.lsoa11_code,
    ages: AGE_COLUMNS.map((a) => Number((r as Record<string, unknown>)[a]))
  }));
}

/** Counts by single year of age summed over a set of 2021 LSOAs. */
export function sumAges(byLsoa: ReadonlyMap<string, readonly number[]>, codes: Iterable<string>): number[] {
  const out = new Array<number>(AGE_COLUMNS.length).fill(0);
  for (const code of codes) byLsoa.get(code)?.forEach((n, age) => (out[age] += n));
  return out;
}
