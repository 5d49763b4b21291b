import {cpSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {wardProfilesFromSources, wardsForSearch} from "../../../src/lib/wards/dataset.js";
import {buildSearchIndex} from "../../../src/lib/wards/search.js";
import {fixtureSources} from "../../fixtures/sources.js";

// A project root with only the weights file: no content/ and no story pages.
const root = mkdtempSync(join(tmpdir(), "wm-wards-dataset-"));
cpSync(join(import.meta.dirname, "..", "..", "..", "config"), join(root, "config"), {recursive: true});
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe("wardsForSearch", () => {
  it("gives the search index the profiles would give, without building the profiles", () => {
    const sources = fixtureSources();
    const index = buildSearchIndex(wardsForSearch(sources));
    expect(index).toEqual(buildSearchIndex(wardProfilesFromSources(sources, root)));
    expect(index.wards.map(([name]) => name)).toEqual(["North Ward", "South & East"]);
    expect(index.lsoas.map(([code, , ward]) => `${code} ${ward}`)).toEqual([
      "E01000001 0",
      "E01000002 0",
      "E01000003 0",
      "E01000004 1"
    ]);
    expect(index.neighbourhoods.map(([, name]) => name)).toEqual(["Hill Hook", "Riverside & Mill"]);
  });
});
