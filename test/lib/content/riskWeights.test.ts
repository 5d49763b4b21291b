import {describe, expect, it} from "vitest";
import {ContentError} from "../../../src/lib/content/problems.js";
import {RISK_KEYS} from "../../../src/lib/risk/indicators.js";
import {parseRiskWeights as parseWeights} from "../../../src/lib/risk/weights.js";

const FILE = "config/risk-index.yaml";
const valid = `weights:
  violence_with_injury: 0.25
  public_order_weapons: 0.15
  idaci_rate: 0.2
  cyp: 0.15
  mental_health: 0.1
  aged_10_24: 0.15
`;

function error(text: string): ContentError {
  try {
    parseWeights(FILE, text);
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error("parseWeights accepted the file");
}

describe("parseWeights", () => {
  it("reads a valid file", () => {
    expect(parseWeights(FILE, valid)).toEqual({
      violence_with_injury: 0.25,
      public_order_weapons: 0.15,
      idaci_rate: 0.2,
      cyp: 0.15,
      mental_health: 0.1,
      aged_10_24: 0.15
    });
  });

  it("reads the project's own weights file", async () => {
    const {readFileSync} = await import("node:fs");
    const weights = parseWeights(
      FILE,
      readFileSync(new URL("../../../config/risk-index.yaml", import.meta.url), "utf8")
    );
    expect(Object.keys(weights).sort()).toEqual([...RISK_KEYS].sort());
  });

  it("rejects an unknown indicator, on its line, suggesting the nearest name", () => {
    const e = error(valid.replace("cyp: 0.15", "cyp_score: 0.15"));
    expect(e.message.split("\n")).toEqual([
      `${FILE}:5: "cyp_score" is not an indicator of the risk index — did you mean "cyp"? ` +
        `the indicators are: ${RISK_KEYS.join(", ")}`,
      `${FILE}:1: no weight for cyp — give every indicator a weight (0 leaves it out) ` +
        "so no indicator is dropped by accident"
    ]);
  });

  it("rejects a negative weight", () => {
    expect(error(valid.replace("mental_health: 0.1", "mental_health: -0.1")).message).toMatch(
      /^config\/risk-index\.yaml:6: the weight of mental_health is negative \(-0\.1\) — use 0 to leave an indicator out/
    );
  });

  it("rejects weights that do not sum to 1, saying the sum", () => {
    expect(error(valid.replace("aged_10_24: 0.15", "aged_10_24: 0.3")).message).toMatch(
      /: the weights sum to 1\.15, not 1 — change them so they add up to exactly 1/
    );
  });

  it("rejects a missing indicator, text instead of a number, and a file without weights", () => {
    expect(error(valid.replace("idaci_rate: 0.2", "idaci_rat: 0.2")).message).toMatch(
      /:4: "idaci_rat" is not an indicator of the risk index — did you mean "idaci_rate"\?/
    );
    expect(error(valid.replace("cyp: 0.15", "knife_crime: 0.15")).message).toMatch(
      /"knife_crime" is not an indicator of the risk index — the indicators are:/
    );
    expect(error(valid.replace("  cyp: 0.15\n", "")).message).toMatch(
      /no weight for cyp — give every indicator a weight/
    );
    expect(error(valid.replace("cyp: 0.15", "cyp: high")).message).toMatch(
      /:5: the weight of cyp is "high", not a number/
    );
    expect(error("indicators: []\n").message).toMatch(
      /^config\/risk-index\.yaml:1: the file has no `weights:` mapping/
    );
    expect(error("weights: [1, 2]\n").message).toMatch(/no `weights:` mapping/);
  });

  it("accepts float sums within the tolerance", () => {
    expect(() =>
      parseWeights(FILE, valid.replace("idaci_rate: 0.2", "idaci_rate: 0.1").replace("cyp: 0.15", "cyp: 0.25"))
    ).not.toThrow();
  });
});
