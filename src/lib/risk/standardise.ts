export interface Standardised {
  mean: number;
  /** Population standard deviation (divides by n, not n − 1): the MSOAs are all the areas, not a sample. */
  sd: number;
  z: number[];
}

/** z-scores: (value − mean) / standard deviation. A constant indicator gets z = 0 everywhere. */
export function standardise(values: readonly number[]): Standardised {
  if (values.length === 0) return {mean: 0, sd: 0, z: []};
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  return {mean, sd, z: values.map((v) => (sd > 0 ? (v - mean) / sd : 0))};
}

/** Pearson correlation of two equally long series (null when either is constant or empty). */
export function correlation(a: readonly number[], b: readonly number[]): number | null {
  if (a.length !== b.length)
    throw new Error(`correlation: the series have ${a.length} and ${b.length} values — pass pairs`);
  const za = standardise(a);
  const zb = standardise(b);
  if (a.length === 0 || za.sd === 0 || zb.sd === 0) return null;
  return za.z.reduce((s, z, i) => s + z * zb.z[i], 0) / a.length;
}

/**
 * The largest distance from the mean, in standard deviations, that one indicator may count for in the
 * risk index. Beyond it a value counts as ±Z_CAP: one extreme value (a student quarter where four in
 * five residents are 10 to 24) can then lift a neighbourhood only as far as a value three standard
 * deviations out, so a high rank needs several indicators to be high. See docs/risk-index.md.
 */
export const Z_CAP = 3;

/** A z-score limited to ±cap. */
export function capZ(z: number, cap = Z_CAP): number {
  return Math.max(-cap, Math.min(cap, z));
}
