import {RISK_KEYS, type RiskKey} from "./indicators.js";
import {rankDescending} from "./rank.js";
import {standardise} from "./standardise.js";
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
  Record<RiskKey | `z_${RiskKey}`, number> & {
    score: number;
    rank: number;
    tied: number;
    equal_score: number;
    equal_rank: number;
    /** 1 when the rank is in the top 10% (rank ≤ ⌈n / 10⌉). */
    top10: number;
  };

export interface RiskIndex {
  rows: RiskRow[];
  weights: Weights;
  /** Mean and standard deviation of each indicator across the MSOAs (the standardisation). */
  stats: Record<RiskKey, {mean: number; sd: number}>;
  topCount: number;
}

/** Number of areas in the top 10%: ⌈n / 10⌉, as the 2021 SNA's 36 of 356. */
export function topTenPercentCount(n: number): number {
  return Math.ceil(n / 10);
}

/**
 * The composite: each indicator standardised to z-scores across all MSOAs, then the weighted sum
 * of the z-scores. Ranked from highest (1, most risk). Rows come out in rank order, then by code.
 */
export function computeRiskIndex(inputs: readonly MsoaInput[], weights: Weights): RiskIndex {
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
  const ordered = [...inputs].sort((a, b) => (a.code < b.code ? -1 : 1));
  const stats = {} as RiskIndex["stats"];
  const z = {} as Record<RiskKey, number[]>;
  for (const key of RISK_KEYS) {
    const s = standardise(ordered.map((d) => d.values[key] as number));
    stats[key] = {mean: s.mean, sd: s.sd};
    z[key] = s.z;
  }
  const composite = (w: Weights) =>
    ordered.map((d, i) => ({code: d.code, score: RISK_KEYS.reduce((s, k) => s + w[k] * z[k][i], 0)}));
  const configured = new Map(rankDescending(composite(weights)).map((r) => [r.code, r]));
  const equal = new Map(rankDescending(composite(equalWeights())).map((r) => [r.code, r]));
  const topCount = topTenPercentCount(ordered.length);
  const rows = ordered.map((d, i) => {
    const {values, ...area} = d;
    const c = configured.get(d.code)!;
    const e = equal.get(d.code)!;
    const row: Record<string, unknown> = {...area};
    for (const key of RISK_KEYS) {
      row[key] = values[key];
      row[`z_${key}`] = z[key][i];
    }
    return {
      ...row,
      score: c.score,
      rank: c.rank,
      tied: c.tied,
      equal_score: e.score,
      equal_rank: e.rank,
      top10: c.rank <= topCount ? 1 : 0
    } as RiskRow;
  });
  rows.sort((a, b) => a.rank - b.rank || (a.code < b.code ? -1 : 1));
  return {rows, weights, stats, topCount};
}
