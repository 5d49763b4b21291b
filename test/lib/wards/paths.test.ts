import {existsSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {resolveSourcesDir} from "../../../src/lib/sources/index.js";
import {wardNames, wardPaths, wardSlugsFromSources} from "../../../src/lib/wards/paths.js";
import {fixtureSources} from "../../fixtures/sources.js";

const PROJECT = join(import.meta.dirname, "..", "..", "..");
const realSources = existsSync(join(resolveSourcesDir(PROJECT), "manifest.json"));

describe("ward paths", () => {
  it("reads one name per ward from the lookup", () => {
    expect(
      wardNames([
        {wd25cd: "E05000002", wd25nm: "B", lad25nm: "X"},
        {wd25cd: "E05000001", wd25nm: "A", lad25nm: "X"},
        {wd25cd: "E05000002", wd25nm: "B", lad25nm: "X"}
      ])
    ).toEqual([
      {code: "E05000001", name: "A", district: "X"},
      {code: "E05000002", name: "B", district: "X"}
    ]);
  });

  it("slugs the fixture's wards", () => {
    expect(Object.fromEntries(wardSlugsFromSources(fixtureSources()))).toEqual({
      E05000001: "north-ward",
      E05000002: "south-and-east"
    });
  });

  // The real lookup: every one of the 192 wards gets its own page address.
  it.runIf(realSources || process.env.CI)("gives the 192 real wards 192 unique paths", () => {
    const paths = wardPaths(PROJECT);
    expect(paths).toHaveLength(192);
    expect(new Set(paths).size).toBe(192);
    expect(paths).toContain("/wards/kings-norton-south");
    expect(paths.every((p) => /^\/wards\/[a-z0-9]+(-[a-z0-9]+)*$/.test(p))).toBe(true);
  });
});
