import {ageBand, total} from "../model/ages.js";
import type {LsoaRecord} from "../model/record.js";

/** Age bands of the population profile (mid-2020, on 2021 LSOAs). */
export const AGE_BANDS = [
  {label: "0 to 9", from: 0, to: 9},
  {label: "10 to 24", from: 10, to: 24},
  {label: "25 to 64", from: 25, to: 64},
  {label: "65 and over", from: 65, to: 90}
] as const;

/** Share (0–1) of a set of LSOAs' mid-2020 residents in each of AGE_BANDS; 0 when none are counted. */
export function ageShares(
  lsoas: readonly Pick<LsoaRecord, "lsoa21cd">[],
  ages: ReadonlyMap<string, readonly number[]>
): number[] {
  const counts = lsoas.map((l) => ages.get(l.lsoa21cd) ?? []);
  const all = counts.reduce((s, c) => s + total(c), 0);
  return AGE_BANDS.map((b) => (all > 0 ? counts.reduce((s, c) => s + ageBand(c, b.from, b.to), 0) / all : 0));
}
