// The data the page render functions take, from the fixture sources: 4 LSOAs in 2 MSOAs, 2 wards
// (North Ward in Birmingham, "South & East" in Coventry) and 2 districts.
import {cpSync, mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {provenanceTable} from "../../../src/lib/datasets/provenance.js";
import {loadModel} from "../../../src/lib/model/model.js";
import {riskIndex} from "../../../src/lib/risk/dataset.js";
import {fixtureSources} from "../../fixtures/sources.js";

export const sources = fixtureSources();
export const model = loadModel(sources);
export const provenance = provenanceTable(sources);

/** A project root with the real config/risk-index.yaml, for riskIndex. */
export function riskFixture() {
  const root = mkdtempSync(join(tmpdir(), "wm-render-"));
  cpSync(join(import.meta.dirname, "..", "..", "..", "config"), join(root, "config"), {recursive: true});
  return {root, index: riskIndex(model, root)};
}

/** A story over North Ward, with a name that must be escaped. */
export const story = {
  slug: "hill-hook",
  title: "Hill <Hook> & Co",
  subtitle: "A fixture story",
  borough: "Birmingham",
  area: {
    ward_codes: ["E05000001"],
    lsoa_codes: model.lsoas.filter((l) => l.ward25cd === "E05000001").map((l) => l.lsoa21cd)
  }
};
