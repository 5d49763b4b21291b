import {countWord, formatInteger} from "../format.js";

export interface RankedArea {
  name: string;
  district_name: string;
  rank: number;
  equal_rank: number;
}

/** A rank as the pages write it: "12", or "12 (tied)" when other neighbourhoods share it. */
export function rankLabel({rank, tied}: {rank: number; tied: number}): string {
  return `${formatInteger(rank)}${tied > 1 ? " (tied)" : ""}`;
}

const capitalise = (s: string) => s.replace(/^./, (c) => c.toUpperCase());

/** "Birmingham (24), Coventry (5) and Walsall (1)": counts by borough, largest first. */
export function byBorough(rows: readonly {district_name: string}[]): string {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.district_name, (counts.get(r.district_name) ?? 0) + 1);
  const parts = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => `${name} (${formatInteger(n)})`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "");
}

/**
 * Where the top-ranked areas are, e.g. "The 36 neighbourhoods in the top 10% are in Birmingham (24), …
 * The highest-ranked is Digbeth (Birmingham)."
 */
export function topTenSentence(rows: readonly RankedArea[], topCount: number): string {
  const top = rows.filter((r) => r.rank <= topCount);
  if (top.length === 0) return "No neighbourhood has a rank.";
  const first = [...top].sort((a, b) => a.rank - b.rank)[0];
  return (
    `The ${formatInteger(top.length)} neighbourhoods (MSOAs) in the top 10% of the risk index are in ` +
    `${byBorough(top)}; the highest ranked is ${first.name} (${first.district_name}).`
  );
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** How far ranks move between the configured weights and equal weights. */
export function sensitivityStats(rows: readonly RankedArea[], topCount: number) {
  const shifts = rows.map((r) => Math.abs(r.rank - r.equal_rank));
  const top = rows.filter((r) => r.rank <= topCount);
  return {
    stayInTop: top.filter((r) => r.equal_rank <= topCount).length,
    topCount: top.length,
    medianShift: rows.length ? median(shifts) : 0,
    largest: rows.length
      ? rows.reduce((best, r) => (Math.abs(r.rank - r.equal_rank) > Math.abs(best.rank - best.equal_rank) ? r : best))
      : null
  };
}

const places = (n: number) => `${formatInteger(n)} place${n === 1 ? "" : "s"}`;

/** One sentence for the sensitivity chart, computed from the ranks. */
export function sensitivitySentence(rows: readonly RankedArea[], topCount: number): string {
  const s = sensitivityStats(rows, topCount);
  if (!s.largest) return "No neighbourhood has a rank.";
  const moved = Math.abs(s.largest.rank - s.largest.equal_rank);
  return (
    `${capitalise(countWord(s.stayInTop))} of the ${countWord(s.topCount)} neighbourhoods in the top 10% ` +
    `stay in the top 10% with equal weights; half of all neighbourhoods move ${places(s.medianShift)} or fewer, ` +
    `and ${s.largest.name} moves most (${places(moved)}: rank ${formatInteger(s.largest.rank)} ` +
    `with the configured weights, ${formatInteger(s.largest.equal_rank)} with equal weights).`
  );
}
