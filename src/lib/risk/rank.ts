/** Scores are compared after rounding to this many decimals, so float noise never splits a tie. */
export const TIE_DECIMALS = 9;

export interface Ranked {
  code: string;
  score: number;
  /** 1 = highest score. Tied scores share the best rank and the next rank is skipped (1, 2, 2, 4). */
  rank: number;
  /** How many areas share this rank (1 = no tie). */
  tied: number;
}

/**
 * Ranks scores from highest to lowest with standard competition ranking. Ties are ordered by code,
 * so the output does not depend on the input order.
 */
export function rankDescending(items: readonly {code: string; score: number}[]): Ranked[] {
  const round = (v: number) => Number(v.toFixed(TIE_DECIMALS));
  const sorted = items
    .map((d) => ({code: d.code, score: d.score, key: round(d.score)}))
    .sort((a, b) => b.key - a.key || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const counts = new Map<number, number>();
  for (const d of sorted) counts.set(d.key, (counts.get(d.key) ?? 0) + 1);
  let rank = 0;
  return sorted.map((d, i) => {
    if (i === 0 || d.key !== sorted[i - 1].key) rank = i + 1;
    return {code: d.code, score: d.score, rank, tied: counts.get(d.key)!};
  });
}
