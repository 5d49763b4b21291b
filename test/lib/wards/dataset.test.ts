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
    expect(index.map((e) => `${e.kind} ${e.label}`)).toEqual([
      "ward North Ward",
      "lsoa E01000001",
      "lsoa E01000002",
      "lsoa E01000003",
      "ward South & East",
      "lsoa E01000004",
      "neighbourhood Hill Hook",
      "neighbourhood Riverside & Mill"
    ]);
  });
});
