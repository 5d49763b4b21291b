import {cpSync, existsSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {loadModel} from "../../../src/lib/model/model.js";
import {inputFacts, RISK_COLUMNS, riskIndex, riskMethod, toCsv} from "../../../src/lib/risk/dataset.js";
import {RISK_KEYS} from "../../../src/lib/risk/indicators.js";
import {resolveSourcesDir, Sources} from "../../../src/lib/sources/index.js";
import {fixtureSources} from "../../fixtures/sources.js";

const root = mkdtempSync(join(tmpdir(), "wm-risk-"));
cpSync(join(import.meta.dirname, "..", "..", "..", "config"), join(root, "config"), {recursive: true});
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe("risk index from the fixture sources", () => {
  const model = loadModel(fixtureSources());
  const csv = (lsoas = model.lsoas) =>
    toCsv(riskIndex({lsoas, ages: model.ages}, root).rows, Object.keys(RISK_COLUMNS));

  it("writes byte-for-byte the same CSV every time and whatever the LSOA order", () => {
    expect(csv()).toBe(csv());
    expect(csv([...model.lsoas].reverse())).toBe(csv());
    expect(csv().split("\r\n")[0]).toBe(Object.keys(RISK_COLUMNS).join(","));
  });

  it("ranks the fixture's two MSOAs and names them by their House of Commons Library names", () => {
    const rows = riskIndex(model, root).rows;
    expect(rows.map((r) => r.rank)).toEqual([1, 2]);
    expect(rows.map((r) => r.name).sort()).toEqual(["Hill Hook", "Riverside & Mill"]);
    expect(riskMethod(riskIndex(model, root))).toMatchObject({msoas: 2, topCount: 1, tied: 0});
  });

  it("reports the input facts the method page quotes", () => {
    const facts = inputFacts(model, riskIndex(model, root));
    expect(facts).toMatchObject({idaciSuppressed: 0, lsoas: 4, lookupChanges: {U: 4}});
    // Two MSOAs: any two distinct pairs are perfectly correlated, one way or the other.
    expect(Math.abs(facts.idaciIncomeCorrelation!)).toBeCloseTo(1, 12);
  });

  it("stops with a clear error when the weights file is missing or wrong", () => {
    const empty = mkdtempSync(join(tmpdir(), "wm-risk-empty-"));
    expect(() => riskIndex(model, empty)).toThrow(
      "config/risk-index.yaml: the risk index weights file is missing — " +
        "restore config/risk-index.yaml from the repository"
    );
    cpSync(join(root, "config"), join(empty, "config"), {recursive: true});
    writeFileSync(join(empty, "config", "risk-index.yaml"), "weights:\n  violence_with_injury: -1\n");
    expect(() => riskIndex(model, empty)).toThrow(
      /^config\/risk-index\.yaml:2: the weight of violence_with_injury is negative/
    );
    rmSync(empty, {recursive: true, force: true});
  });

  it("quotes CSV cells that hold commas or quotes", () => {
    expect(toCsv([{a: 'x, "y"', b: null}], ["a", "b"])).toBe('a,b\r\n"x, ""y""",\r\n');
  });
});

const PROJECT = join(import.meta.dirname, "..", "..", "..");
const realSources = existsSync(join(resolveSourcesDir(PROJECT), "manifest.json"));

describe.runIf(realSources || process.env.CI)("risk index on the real sources", () => {
  const index = riskIndex(loadModel(new Sources(resolveSourcesDir(PROJECT))), PROJECT);

  it("keeps every top-10% neighbourhood positive without its largest contribution (or names it)", () => {
    const method = riskMethod(index);
    expect(method.robustness.checked).toBe(36);
    // Before the cap, Selly Oak ranked 25th on its share of residents aged 10 to 24 alone.
    expect(method.robustness.restsOnOne).toEqual([]);
    expect(index.rows.find((r) => r.name === "Selly Oak")!.uncapped_rank).toBe(25);
  });

  it("writes each neighbourhood's contributions by indicator to the CSV, adding up to its score", () => {
    const [header, first] = toCsv(index.rows, Object.keys(RISK_COLUMNS)).split("\r\n");
    const columns = header.split(",");
    for (const key of RISK_KEYS) expect(columns).toContain(`c_${key}`);
    const cells = first.split(",");
    const value = (name: string) => Number(cells[columns.indexOf(name)]);
    expect(RISK_KEYS.reduce((s, k) => s + value(`c_${k}`), 0)).toBeCloseTo(value("score"), 9);
  });
});
