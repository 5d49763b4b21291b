import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import {dropStaleLoaderCache, recordLoaderInputs} from "../../../src/lib/publish/cache.js";

describe("loader cache invalidation", () => {
  let root: string;
  let sources: string;
  const cache = () => join(root, "src", ".observablehq", "cache");
  const write = (path: string, text: string) => {
    mkdirSync(join(path, ".."), {recursive: true});
    writeFileSync(path, text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "wm-cache-"));
    sources = join(root, "sources");
    write(join(sources, "manifest.json"), "{}");
    write(join(root, "src", "lib", "a.ts"), "export const a = 1;");
    write(join(cache(), "data", "lsoa.parquet"), "old");
    write(join(cache(), "_node", "plot.js"), "module");
  });
  afterEach(() => rmSync(root, {recursive: true, force: true}));

  it("drops loader outputs but keeps bundled modules on the first build", () => {
    expect(dropStaleLoaderCache(root, sources)).toBe(true);
    expect(existsSync(join(cache(), "data", "lsoa.parquet"))).toBe(false);
    expect(existsSync(join(cache(), "_node", "plot.js"))).toBe(true);
  });

  it("keeps outputs while nothing changed, and drops them when library code or the manifest changes", () => {
    recordLoaderInputs(root, sources);
    expect(dropStaleLoaderCache(root, sources)).toBe(false);
    expect(existsSync(join(cache(), "data", "lsoa.parquet"))).toBe(true);
    recordLoaderInputs(root, sources);
    write(join(root, "src", "lib", "a.ts"), "export const a = 2;");
    expect(dropStaleLoaderCache(root, sources)).toBe(true);
    expect(existsSync(join(cache(), "data", "lsoa.parquet"))).toBe(false);
    write(join(cache(), "data", "lsoa.parquet"), "new");
    recordLoaderInputs(root, sources);
    write(join(sources, "manifest.json"), '{"entries": []}');
    expect(dropStaleLoaderCache(root, sources)).toBe(true);
  });

  it("drops them when a component the pages are drawn with or a page loader anywhere under src/ changes", () => {
    for (const [path, text] of [
      ["src/components/figure.ts", "export const f = 1;"],
      ["src/wards/[slug].md.ts", "await run(1);"],
      ["src/index.md.ts", "await run(1);"]
    ]) {
      recordLoaderInputs(root, sources);
      write(join(root, path), text);
      expect(dropStaleLoaderCache(root, sources), path).toBe(true);
    }
    recordLoaderInputs(root, sources);
    write(join(root, "src", "index.md"), "# A page, not a loader");
    expect(dropStaleLoaderCache(root, sources)).toBe(false);
  });
});
