import {countWord, formatInteger} from "../format.js";
import {contributionsOf} from "../risk/contributions.js";
import type {RiskKey} from "../risk/indicators.js";
import {median} from "../util/median.js";
import {capitalise, listOf, lowerFirst, plural, possessive, signed} from "./words.js";

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

/** How far ranks move between the configured weights and equal weights. */
export function sensitivityStats(rows: readonly RankedArea[], topCount: number) {
  const shifts = rows.map((r) => Math.abs(r.rank - r.equal_rank));
  const top = rows.filter((r) => r.rank <= topCount);
  return {
    stayInTop: top.filter((r) => r.equal_rank <= topCount).length,
    topCount: top.length,
    medianShift: median(shifts) ?? 0,
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

/** A top-10% neighbourhood that would not keep a positive score without its largest contribution. */
export interface RestingOnOne {
  name: string;
  rank: number;
  largest_label: string;
  contribution: number;
  score_without_largest: number;
}

/**
 * The robustness check in words: every top-10% neighbourhood keeps a positive score without its
 * largest single contribution, or the ones that do not are named with the reason.
 */
export function robustnessSentence(robustness: {checked: number; restsOnOne: readonly RestingOnOne[]}): string {
  const {checked, restsOnOne} = robustness;
  if (checked === 0) return "No neighbourhood has a rank.";
  if (restsOnOne.length === 0)
    return (
      `All ${countWord(checked)} neighbourhoods in the top 10% keep a positive score without their largest ` +
      "single contribution, so none owes its place to one indicator alone."
    );
  const reasons = restsOnOne.map(
    (r) =>
      `${r.name} (rank ${formatInteger(r.rank)}): without ${lowerFirst(r.largest_label)} ` +
      `(${signed(r.contribution)}) its score would be ${signed(r.score_without_largest)}`
  );
  const verb = restsOnOne.length === 1 ? "owes its place" : "owe their place";
  return (
    `${capitalise(countWord(restsOnOne.length))} of the ${countWord(checked)} neighbourhoods in the top 10% ` +
    `${verb} to one indicator alone. ${reasons.join("; ")}.`
  );
}

/** One neighbourhood's index score and what it is made of (its contributions), largest first. */
export function contributionSentence(
  row: {name: string; score: number; rank: number} & Readonly<Record<`c_${RiskKey}`, number>>
): string {
  const parts = contributionsOf(row).sort((a, b) => b.contribution - a.contribution);
  const list = parts.map((p) => `${lowerFirst(p.label)} ${signed(p.contribution)}`);
  return (
    `${possessive(row.name)} index score of ${signed(row.score)} (rank ${formatInteger(row.rank)}) is the sum of ` +
    `${list.slice(0, -1).join(", ")} and ${list.at(-1)}.`
  );
}

/** What the cap on z-scores does, from the method data. */
export function capSentence(method: {
  cap: number;
  topCount: number;
  indicators: readonly {label: string; capped: number}[];
  capEffect: {leftTop: readonly {name: string; rank: number; uncapped_rank: number}[]};
}): string {
  const capped = method.indicators.filter((i) => i.capped > 0);
  const total = capped.reduce((s, i) => s + i.capped, 0);
  const cap = countWord(method.cap);
  const lead =
    `A value more than ${cap} standard deviations from the average counts as ${cap}` +
    (total === 0
      ? "; no value is that far out."
      : `; this applies to ${plural(total, "value", "values")} (${listOf(
          capped.map((i) => `${lowerFirst(i.label)}: ${formatInteger(i.capped)}`)
        )}).`);
  const left = method.capEffect.leftTop;
  if (left.length === 0) return `${lead} The cap moves no neighbourhood out of the top 10%.`;
  return `${lead} Without the cap, ${listOf(
    left.map((r) => `${r.name} would rank ${formatInteger(r.uncapped_rank)} instead of ${formatInteger(r.rank)}`)
  )}.`;
}
