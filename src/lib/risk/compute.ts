import {RISK_KEYS, type RiskKey} from "./indicators.js";
import {rankDescending} from "./rank.js";
import {capZ, standardise, Z_CAP} from "./standardise.js";
import {equalWeights, type Weights} from "./weights.js";

/** One MSOA's raw indicator values, before standardisation. */
export interface MsoaInput {
  code: string;
  name: string;
  district_code: string;
  district_name: string;
  population: number;
  values: Record<RiskKey, number | null>;
}

export type RiskRow = Omit<MsoaInput, "values"> &
  Record<RiskKey | `z_${RiskKey}` | `c_${RiskKey}`, number> & {
    /** Sum of the contributions c_<key> = weight × z-score capped at ±Z_CAP. */
    score: number;
    rank: number;
    tied: number;
    equal_score: number;
    equal_rank: number;
    /** Rank with uncapped z-scores: how much the cap moves a neighbourhood. */
    uncapped_rank: number;
    /** 1 when the rank is in the top 10% (rank ≤ ⌈n / 10⌉). */
    top10: number;
    /** The indicator with the largest contribution, and the score without it. */
    largest: RiskKey;
    score_without_largest: number;
    /** 1 when a top-10% neighbourhood's score is 0 or less without its largest contribution. */
    rests_on_one: number;
  };

/** A top-10% neighbourhood whose place rests on one indicator (the robustness check). */
export interface RestsOnOne {
  code: string;
  name: string;
  district_name: string;
  rank: number;
  score: number;
  largest: RiskKey;
  contribution: number;
  score_without_largest: number;
}

export interface RiskIndex {
  rows: RiskRow[];
  weights: Weights;
  /** Mean and standard deviation of each indicator across the MSOAs, and how many z-scores were capped. */
  stats: Record<RiskKey, {mean: number; sd: number; capped: number}>;
  topCount: number;
  /** The cap on each z-score (±). */
  cap: number;
  /** Top-10% neighbourhoods that would not keep a positive score without their largest contribution. */
  restsOnOne: RestsOnOne[];
}

/** Number of areas in the top 10%: ⌈n / 10⌉, as the 2021 SNA's 36 of 356. */
export function topTenPercentCount(n: number): number {
  return Math.ceil(n / 10);
}

function checkComplete(inputs: readonly MsoaInput[]): void {
  for (const input of inputs) {
    for (const key of RISK_KEYS) {
      if (input.values[key] === null || !Number.isFinite(input.values[key])) {
        throw new Error(
          `MSOA ${input.code} (${input.name}) has no value for ${key} — ` +
            "check that every LSOA of the MSOA is in the source files"
        );
      }
    }
  }
}

/** The indicator with the largest contribution (ties: the first in RISK_KEYS). */
function largestOf(contributions: Record<RiskKey, number>): RiskKey {
  return RISK_KEYS.reduce((best, k) => (contributions[k] > contributions[best] ? k : best));
}

/**
 * The composite: each indicator standardised to z-scores across all MSOAs and capped at ±cap, then
 * the weighted sum of the capped z-scores. Ranked from highest (1, most risk). Rows come out in rank
 * order, then by code. Every top-10% neighbourhood is checked to keep a positive score without its
 * largest single contribution; those that do not are listed in restsOnOne.
 */
export function computeRiskIndex(inputs: readonly MsoaInput[], weights: Weights, cap = Z_CAP): RiskIndex {
  checkComplete(inputs);
  const ordered = [...inputs].sort((a, b) => (a.code < b.code ? -1 : 1));
  const stats = {} as RiskIndex["stats"];
  const z = {} as Record<RiskKey, number[]>;
  for (const key of RISK_KEYS) {
    const s = standardise(ordered.map((d) => d.values[key] as number));
    stats[key] = {mean: s.mean, sd: s.sd, capped: s.z.filter((v) => Math.abs(v) > cap).length};
    z[key] = s.z;
  }
  const contributions = (w: Weights, i: number, limit: number) =>
    Object.fromEntries(RISK_KEYS.map((k) => [k, w[k] * capZ(z[k][i], limit)])) as Record<RiskKey, number>;
  const sum = (c: Record<RiskKey, number>) => RISK_KEYS.reduce((s, k) => s + c[k], 0);
  const composite = (w: Weights, limit: number) =>
    ordered.map((d, i) => ({code: d.code, score: sum(contributions(w, i, limit))}));
  const configured = new Map(rankDescending(composite(weights, cap)).map((r) => [r.code, r]));
  const equal = new Map(rankDescending(composite(equalWeights(), cap)).map((r) => [r.code, r]));
  const uncapped = new Map(rankDescending(composite(weights, Infinity)).map((r) => [r.code, r]));
  const topCount = topTenPercentCount(ordered.length);
  const rows = ordered.map((d, i) => {
    const {values, ...area} = d;
    const c = configured.get(d.code)!;
    const e = equal.get(d.code)!;
    const parts = contributions(weights, i, cap);
    const largest = largestOf(parts);
    const top10 = c.rank <= topCount ? 1 : 0;
    const row: Record<string, unknown> = {...area};
    for (const key of RISK_KEYS) {
      row[key] = values[key];
      row[`z_${key}`] = z[key][i];
      row[`c_${key}`] = parts[key];
    }
    return {
      ...row,
      score: c.score,
      rank: c.rank,
      tied: c.tied,
      equal_score: e.score,
      equal_rank: e.rank,
      uncapped_rank: uncapped.get(d.code)!.rank,
      top10,
      largest,
      score_without_largest: c.score - parts[largest],
      rests_on_one: top10 && c.score - parts[largest] <= 0 ? 1 : 0
    } as RiskRow;
  });
  rows.sort((a, b) => a.rank - b.rank || (a.code < b.code ? -1 : 1));
  const restsOnOne = rows
    .filter((r) => r.rests_on_one)
    .map((r) => ({
      code: r.code,
      name: r.name,
      district_name: r.district_name,
      rank: r.rank,
      score: r.score,
      largest: r.largest,
      contribution: r[`c_${r.largest}`],
      score_without_largest: r.score_without_largest
    }));
  return {rows, weights, stats, topCount, cap, restsOnOne};
}
