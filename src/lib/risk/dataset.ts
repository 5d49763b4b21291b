import {existsSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {readAgeLsoa11, readLsoa11To21} from "../inputs/population.js";
import type {LsoaRecord} from "../lsoa/record.js";
import type {ColumnKind} from "../output/parquet.js";
import type {Sources} from "../sources/index.js";
import {groupBy, weightedMean} from "../aggregate/weighted.js";
import {ageVectors, agesOn2021Lsoas} from "../population/ages.js";
import {computeRiskIndex, type RiskIndex} from "./compute.js";
import {RISK_INDICATORS, RISK_KEYS} from "./indicators.js";
import {msoaInputs} from "./msoa.js";
import {ContentError} from "../content/problems.js";
import {correlation} from "./standardise.js";
import {parseRiskWeights} from "./weights.js";

export const WEIGHTS_FILE = join("config", "risk-index.yaml");

/** Mid-2020 counts by single year of age (0 to 90+) for every 2021 LSOA, splits shared by mid-2024 population. */
export function ages2021(sources: Sources, lsoas: readonly LsoaRecord[]): Map<string, number[]> {
  const population = new Map(lsoas.map((l) => [l.lsoa21cd, l.population]));
  return agesOn2021Lsoas(ageVectors(readAgeLsoa11(sources)), readLsoa11To21(sources), population);
}

/** The risk index from the checked sources and the project's weights file. */
export function riskIndexFromSources(sources: Sources, lsoas: readonly LsoaRecord[], projectRoot: string): RiskIndex {
  const path = join(projectRoot, WEIGHTS_FILE);
  if (!existsSync(path)) throw new ContentError(WEIGHTS_FILE, undefined, "the risk index weights file is missing", "restore config/risk-index.yaml from the repository");
  const weights = parseRiskWeights(relative(projectRoot, path), readFileSync(path, "utf8"));
  return computeRiskIndex(msoaInputs(lsoas, ages2021(sources, lsoas)), weights);
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
  top10: "int32",
  ...Object.fromEntries(RISK_KEYS.flatMap((k) => [[k, "double"], [`z_${k}`, "double"]]))
};

/**
 * Facts about the inputs the method page quotes: suppressed IDACI numerators, lookup change codes,
 * and how closely the derived IDACI rate follows the IoD2025 Income domain score across MSOAs (a
 * check that the derived indicator behaves like the published one it stands in for).
 */
export function inputFacts(sources: Sources, lsoas: readonly LsoaRecord[], index: RiskIndex) {
  const changes: Record<string, number> = {};
  for (const r of readLsoa11To21(sources)) changes[r.change_code] = (changes[r.change_code] ?? 0) + 1;
  const income = new Map([...groupBy(lsoas, (l) => l.msoa21cd)].map(([code, rows]) => [code, weightedMean(rows, (r) => r.income_score, (r) => r.population)]));
  const paired = index.rows.filter((r) => income.get(r.code) !== null && income.get(r.code) !== undefined);
  return {
    idaciSuppressed: lsoas.filter((l) => l.idaci_numerator === null).length,
    lsoas: lsoas.length,
    lookupChanges: changes,
    idaciIncomeCorrelation: correlation(paired.map((r) => r.idaci_rate), paired.map((r) => income.get(r.code)!))
  };
}

/** What the method page shows: indicators, weights actually used, the standardisation, input facts. */
export function riskMethod(index: RiskIndex, facts?: ReturnType<typeof inputFacts>) {
  return {
    ...facts,
    msoas: index.rows.length,
    topCount: index.topCount,
    tied: index.rows.filter((r) => r.tied > 1).length,
    indicators: RISK_INDICATORS.map((i) => ({...i, weight: index.weights[i.key], ...index.stats[i.key]}))
  };
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV of rows, in the given column order. */
export function toCsv(rows: readonly object[], columns: readonly string[]): string {
  return [columns.join(","), ...rows.map((r) => columns.map((c) => csvCell((r as Record<string, unknown>)[c])).join(","))].join("\r\n") + "\r\n";
}
