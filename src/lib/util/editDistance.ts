export interface EditDistanceOptions {
  /**
   * Count two neighbouring characters swapped as one edit ("Hawkelsey" → "Hawkesley"): the optimal
   * string alignment form of the Damerau–Levenshtein distance.
   */
  transpositions?: boolean;
  /** The distance from `a` to the nearest prefix of `b`, so the text typed so far matches a longer name. */
  prefix?: boolean;
  /** Stop as soon as the distance must be more than this, and return max + 1: a cheap "too far". */
  max?: number;
}

/**
 * The fewest one-character insertions, deletions or substitutions (and, if asked, transpositions)
 * that turn `a` into `b`, or into a prefix of `b`. One dynamic programme over rows of `a`.
 */
export function editDistance(
  a: string,
  b: string,
  {transpositions = false, prefix = false, max = Infinity}: EditDistanceOptions = {}
): number {
  let twoBack: number[] = [];
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, twoBack[j - 2] + 1);
      row.push(d);
    }
    // Every later row is at least the smallest value of this one.
    if (Math.min(...row) > max) return max + 1;
    twoBack = previous;
    previous = row;
  }
  return Math.min(prefix ? Math.min(...previous) : previous[b.length], max + 1);
}
