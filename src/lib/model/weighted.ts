/** Weighted mean of the non-null values; null when no value has weight. */
export function weightedMean<T>(
  rows: readonly T[],
  value: (row: T) => number | null | undefined,
  weight: (row: T) => number
): number | null {
  let sum = 0;
  let total = 0;
  for (const row of rows) {
    const v = value(row);
    if (v === null || v === undefined || Number.isNaN(v)) continue;
    const w = weight(row);
    sum += v * w;
    total += w;
  }
  return total > 0 ? sum / total : null;
}

/** Share (0–1) of rows whose value is non-null and passes the test; null when no row has a value. */
export function shareWhere<T>(
  rows: readonly T[],
  value: (row: T) => number | null | undefined,
  test: (v: number) => boolean
): number | null {
  let hits = 0;
  let n = 0;
  for (const row of rows) {
    const v = value(row);
    if (v === null || v === undefined) continue;
    n++;
    if (test(v)) hits++;
  }
  return n > 0 ? hits / n : null;
}

export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
