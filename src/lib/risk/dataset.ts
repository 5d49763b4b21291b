import {existsSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import type {Model} from "../model/model.js";
import {summariseLsoas} from "../model/areas.js";
import {groupBy} from "../model/weighted.js";
import type {ColumnKind} from "../output/parquet.js";
import {computeRiskIndex, type RiskIndex} from "./compute.js";
import {RISK_INDICATORS, RISK_KEYS} from "./indicators.js";
import {msoaInputs} from "./msoa.js";
import {ContentError} from "../content/problems.js";
import {correlation} from "./standardise.js";
import {parseRiskWeights, type Weights} from "./weights.js";

export const WEIGHTS_FILE = join("config", "risk-index.yaml");

/** The risk index from the model's LSOAs and ages and the project's weights file. */
export function riskIndex({lsoas, ages}: Pick<Model, "lsoas" | "ages">, projectRoot: string): RiskIndex {
  return computeRiskIndex(msoaInputs(lsoas, ages), readRiskWeights(projectRoot));
}

/** Reads and checks the project's weights file (npm run check reads it with this). */
export function readRiskWeights(projectRoot: string): Weights {
  const path = join(projectRoot, WEIGHTS_FILE);
  if (!existsSync(path))
    throw new ContentError(
      WEIGHTS_FILE,
      undefined,
      "the risk index weights file is missing",
      "restore config/risk-index.yaml from the repository"
    );
  return parseRiskWeights(relative(projectRoot, path), readFileSync(path, "utf8"));
}

/** Columns of risk-index.parquet and of the CSV download, in order. */
export const RISK_COLUMNS: Record<string, ColumnKind> = {
  rank: "int32",
  tied: "int32",
  code: "string",
  name: "string",
  district_code: "string",
  district_name: "string",
  population: "int32",
  score: "double",
  equal_rank: "int32",
  equal_score: "double",
  uncapped_rank: "int32",
  top10: "int32",
  largest: "string",
  score_without_largest: "double",
  rests_on_one: "int32",
  ...Object.fromEntries(
    RISK_KEYS.flatMap((k) => [
      [k, "double"],
      [`z_${k}`, "double"],
      [`c_${k}`, "double"]
    ])
  )
};

/**
 * Facts about the inputs the method page quotes: suppressed IDACI numerators, lookup change codes,
 * and how closely the derived IDACI ratio follows the IoD2025 Income domain score across MSOAs (a
 * check that the derived indicator behaves like the published one it stands in for).
 */
export function inputFacts({lsoas, lsoa11To21}: Pick<Model, "lsoas" | "lsoa11To21">, index: RiskIndex) {
  const changes: Record<string, number> = {};
  for (const r of lsoa11To21) changes[r.change_code] = (changes[r.change_code] ?? 0) + 1;
  const income = new Map(
    [...groupBy(lsoas, (l) => l.msoa21cd)].map(([code, rows]) => [code, summariseLsoas(rows).income_score])
  );
  const paired = index.rows.filter((r) => income.get(r.code) !== null && income.get(r.code) !== undefined);
  return {
    idaciSuppressed: lsoas.filter((l) => l.idaci_numerator === null).length,
    lsoas: lsoas.length,
    lookupChanges: changes,
    idaciIncomeCorrelation: correlation(
      paired.map((r) => r.idaci_rate),
      paired.map((r) => income.get(r.code)!)
    )
  };
}

/**
 * What the method page shows: indicators, weights actually used, the standardisation and its cap,
 * the robustness check (top-10% neighbourhoods that rest on one indicator, with that indicator's
 * label), how many neighbourhoods the cap moves in or out of the top 10%, and the input facts.
 */
export function riskMethod(index: RiskIndex, facts?: ReturnType<typeof inputFacts>) {
  const labelOf = (key: string) => RISK_INDICATORS.find((i) => i.key === key)!.label;
  const uncappedTop = index.rows.filter((r) => r.uncapped_rank <= index.topCount);
  return {
    ...facts,
    msoas: index.rows.length,
    topCount: index.topCount,
    tied: index.rows.filter((r) => r.tied > 1).length,
    cap: index.cap,
    indicators: RISK_INDICATORS.map((i) => ({...i, weight: index.weights[i.key], ...index.stats[i.key]})),
    robustness: {
      checked: index.rows.filter((r) => r.top10).length,
      restsOnOne: index.restsOnOne.map((r) => ({...r, largest_label: labelOf(r.largest)}))
    },
    capEffect: {
      leftTop: uncappedTop
        .filter((r) => !r.top10)
        .map((r) => ({name: r.name, rank: r.rank, uncapped_rank: r.uncapped_rank}))
    }
  };
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV of rows, in the given column order. */
export function toCsv(rows: readonly object[], columns: readonly string[]): string {
  return (
    [
      columns.join(","),
      ...rows.map((r) => columns.map((c) => csvCell((r as Record<string, unknown>)[c])).join(","))
    ].join("\r\n") + "\r\n"
  );
}
