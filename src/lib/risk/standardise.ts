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
