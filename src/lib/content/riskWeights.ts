// config/risk-index.yaml: the weight of each indicator in the neighbourhood risk index.
import {z} from "zod";
import {closest} from "../util/suggest.js";
import {Problems} from "./problems.js";
import {checkYaml, flag, said, type Wordings} from "./schema.js";
import {YamlFile} from "./yamlFile.js";

/** How far the weights may sum from 1 (they are written with a few decimals). */
const SUM_TOLERANCE = 1e-6;

/**
 * The weights file's schema, for the risk index's indicators (named in risk/indicators.ts, which
 * this layer does not import): every indicator once, each a number of at least 0, summing to 1.
 */
export function riskWeightsSchema<K extends string>(indicators: readonly K[]) {
  const weight = z.number().min(0).describe("0 or more; 0 leaves the indicator out");
  const weights = z
    .strictObject(Object.fromEntries(indicators.map((key) => [key, weight])) as Record<K, typeof weight>)
    .superRefine((given, ctx) => {
      const sum = Object.values(given as Record<string, number>).reduce((s, w) => s + w, 0);
      if (Math.abs(sum - 1) > SUM_TOLERANCE) flag(ctx, "sum", {sum: Number(sum.toFixed(6))});
    })
    .describe("One weight per indicator, adding up to 1");
  return z
    .object({weights})
    .describe("Weights of the neighbourhood risk index: config/risk-index.yaml (see docs/risk-index.md)");
}

function wordings(indicators: readonly string[]): Wordings {
  const known = indicators.join(", ");
  const noWeights = () =>
    said(
      "the file has no `weights:` mapping",
      `write "weights:" followed by one indented line per indicator (${known})`
    );
  return {
    "": {invalid: noWeights},
    weights: {
      invalid: noWeights,
      unknown: ({field}) => {
        const near = closest(field, indicators, {prefixes: true});
        return said(
          `"${field}" is not an indicator of the risk index`,
          `${near ? `did you mean "${near}"? ` : ""}the indicators are: ${known}`
        );
      },
      sum: ({params}) =>
        said(
          `the weights sum to ${String(params.sum)}, not 1`,
          "change them so they add up to exactly 1 (for example 0.25, 0.15, 0.2, 0.15, 0.1, 0.15)"
        )
    },
    "weights.*": {
      missing: ({field}) =>
        said(
          `no weight for ${field}`,
          "give every indicator a weight (0 leaves it out) so no indicator is dropped by accident"
        ),
      invalid: ({field, value}) =>
        typeof value === "number" && value < 0
          ? said(
              `the weight of ${field} is negative (${value})`,
              "use 0 to leave an indicator out, or a positive number"
            )
          : said(`the weight of ${field} is ${JSON.stringify(value)}, not a number`, "write a plain number such as 0.2")
    }
  };
}

/** Reads and checks the weights file; throws a ContentError listing every problem, with its line. */
export function parseWeights<K extends string>(
  file: string,
  text: string,
  indicators: readonly K[]
): Record<K, number> {
  const yaml = new YamlFile(file, text);
  const problems = new Problems();
  const checked = checkYaml(yaml, yaml.value(), riskWeightsSchema(indicators), wordings(indicators), problems);
  problems.throwIfErrors();
  return checked!.weights as Record<K, number>;
}
