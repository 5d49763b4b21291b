import {editDistance} from "../stories/area.js";
import {YamlFile} from "../stories/yaml.js";
import {RISK_KEYS, type RiskKey} from "./indicators.js";

export type Weights = Record<RiskKey, number>;

/** How far the weights may sum from 1 (they are written with a few decimals). */
export const SUM_TOLERANCE = 1e-6;

/** Every indicator with the same weight: the reference for the sensitivity view. */
export function equalWeights(): Weights {
  return Object.fromEntries(RISK_KEYS.map((k) => [k, 1 / RISK_KEYS.length])) as Weights;
}

/** A close indicator name: one containing the other (cyp_score → cyp) or a few typos away. */
function nearest(key: string): string {
  const best = RISK_KEYS.find((k) => key.startsWith(k) || k.startsWith(key)) ?? [...RISK_KEYS].sort((a, b) => editDistance(key, a) - editDistance(key, b))[0];
  return key.startsWith(best) || best.startsWith(key) || editDistance(key, best) <= 3 ? `did you mean "${best}"? ` : "";
}

/**
 * Reads and checks the weights file: a `weights:` mapping with every indicator once, each a
 * number of at least 0, summing to 1. Errors say `file:line: problem — fix`.
 */
export function parseWeights(file: string, text: string): Weights {
  const yaml = new YamlFile(file, text);
  const root = yaml.value() as {weights?: unknown} | null;
  const known = RISK_KEYS.join(", ");
  if (!root || typeof root !== "object" || Array.isArray(root) || !root.weights || typeof root.weights !== "object" || Array.isArray(root.weights)) {
    throw yaml.error([], "the file has no `weights:` mapping", `write "weights:" followed by one indented line per indicator (${known})`);
  }
  const given = root.weights as Record<string, unknown>;
  const weights: Partial<Weights> = {};
  for (const [key, value] of Object.entries(given)) {
    if (!(RISK_KEYS as readonly string[]).includes(key)) {
      throw yaml.error(["weights", key], `"${key}" is not an indicator of the risk index`, `${nearest(key)}the indicators are: ${known}`);
    }
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw yaml.error(["weights", key], `the weight of ${key} is ${JSON.stringify(value)}, not a number`, "write a plain number such as 0.2");
    }
    if (value < 0) {
      throw yaml.error(["weights", key], `the weight of ${key} is negative (${value})`, "use 0 to leave an indicator out, or a positive number");
    }
    weights[key as RiskKey] = value;
  }
  const missing = RISK_KEYS.filter((k) => !(k in weights));
  if (missing.length) {
    throw yaml.error(["weights"], `no weight for ${missing.join(", ")}`, "give every indicator a weight (0 leaves it out) so no indicator is dropped by accident");
  }
  const sum = RISK_KEYS.reduce((s, k) => s + weights[k]!, 0);
  if (Math.abs(sum - 1) > SUM_TOLERANCE) {
    throw yaml.error(["weights"], `the weights sum to ${Number(sum.toFixed(6))}, not 1`, "change them so they add up to exactly 1 (for example 0.25, 0.15, 0.2, 0.15, 0.1, 0.15)");
  }
  return weights as Weights;
}
