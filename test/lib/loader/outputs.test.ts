// The registry of loader outputs: every loader file under src/ is in it and is a thin call into it,
// targets are named as Framework names them, and routes' cached outputs are found.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {describe, expect, it} from "vitest";
import {cachedOutputs, LOADERS, parameterOf, registeredLoader, targetOf} from "../../../src/lib/loader/outputs.js";
import {listFiles} from "../../../src/lib/util/files.js";

const SRC = join(import.meta.dirname, "..", "..", "..", "src");

describe("the registry of loader outputs", () => {
  it("has every loader file under src/, each a one-line call into the registry", () => {
    const files = listFiles(SRC).filter((f) => /\.\w+\.ts$/.test(f) && !/^(lib|components|\.observablehq)\//.test(f));
    expect(files.sort()).toEqual(LOADERS.map((l) => l.loader).sort());
    for (const file of files) {
      const code = readFileSync(join(SRC, file), "utf8").replace(/^\/\/.*\n/gm, "");
      expect(code.trim().split("\n"), file).toEqual([
        `import {runRegisteredLoader} from "${"../".repeat(file.split("/").length - 1) || "./"}lib/loader/run.js";`,
        "",
        "await runRegisteredLoader(import.meta.url);"
      ]);
    }
  });

  it("names each output as Framework does: the loader's path without .ts, a route's [parameter] filled in", () => {
    expect(targetOf("data/sna.json.ts")).toBe("data/sna.json");
    expect(parameterOf("data/sna.json.ts")).toBeUndefined();
    expect(parameterOf("wards/[slug].md.ts")).toBe("slug");
    expect(targetOf("wards/[slug].md.ts", "kings-norton-south")).toBe("wards/kings-norton-south.md");
    expect(() => targetOf("wards/[slug].md.ts")).toThrow(/needs a value for its \[slug\] parameter/);
    expect(() => registeredLoader("data/nothing.json.ts")).toThrow(/not in LOADERS .* add it there/);
  });

  it("finds a loader's cached outputs: its one file, or every file its route matches", () => {
    const cache = mkdtempSync(join(tmpdir(), "wm-cache-"));
    for (const path of [
      "wards/aston.md",
      "wards/heath-town.md",
      "wards/aston.md.123",
      "stories/a.md",
      "data/sna.json"
    ]) {
      mkdirSync(dirname(join(cache, path)), {recursive: true});
      writeFileSync(join(cache, path), "");
    }
    expect(cachedOutputs(cache, "wards/[slug].md.ts")).toEqual(["wards/aston.md", "wards/heath-town.md"]);
    expect(cachedOutputs(cache, "data/sna.json.ts")).toEqual(["data/sna.json"]);
    expect(cachedOutputs(cache, "data/lsoa.parquet.ts")).toEqual([]);
    expect(cachedOutputs(cache, "boroughs/[slug].md.ts")).toEqual([]);
    rmSync(cache, {recursive: true, force: true});
  });
});
