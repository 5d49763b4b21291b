import type {z} from "zod";
import {parseWeights, riskWeightsSchema} from "../content/riskWeights.js";
import {RISK_KEYS} from "./indicators.js";

/** The schema of config/risk-index.yaml, for this index's indicators. */
export const riskWeightsFileSchema = riskWeightsSchema(RISK_KEYS);

export type Weights = z.output<typeof riskWeightsFileSchema>["weights"];

/** Every indicator with the same weight: the reference for the sensitivity view. */
export function equalWeights(): Weights {
  return Object.fromEntries(RISK_KEYS.map((k) => [k, 1 / RISK_KEYS.length])) as Weights;
}

/** Reads and checks the weights file; errors say `file:line: problem — fix`. */
export function parseRiskWeights(file: string, text: string): Weights {
  return parseWeights(file, text, RISK_KEYS);
}
