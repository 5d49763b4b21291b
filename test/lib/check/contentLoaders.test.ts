// Every Framework loader that reads the stories must be listed in CONTENT_LOADERS, or the build
// could publish a stale page (Framework reruns a loader only when its own file changes) or one
// cached by the dev server with drafts in it.
import {existsSync, readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {describe, expect, it} from "vitest";
import {listFiles} from "../../../src/lib/util/files.js";
import {CONTENT_LOADERS} from "../../../src/lib/stories/drafts.js";

const src = join(import.meta.dirname, "..", "..", "..", "src");
const CATALOGUE = join(src, "lib", "stories", "catalogue.ts");

/** Whether a module imports the story catalogue, directly or through other project modules. */
function readsStories(file: string, seen = new Set<string>()): boolean {
  if (file === CATALOGUE) return true;
  if (seen.has(file) || !existsSync(file)) return false;
  seen.add(file);
  const imports = [...readFileSync(file, "utf8").matchAll(/from\s+"(\.[^"]+)"/g)].map((m) =>
    join(dirname(file), m[1].replace(/\.js$/, ".ts"))
  );
  return imports.some((path) => readsStories(path, seen));
}

describe("CONTENT_LOADERS", () => {
  it("lists every loader that reads content/stories", () => {
    const loaders = listFiles(src).filter((f) => /\.\w+\.ts$/.test(f) && !/^(lib|components|\.observablehq)\//.test(f));
    const reading = loaders.filter((f) => readsStories(join(src, f)));
    expect(reading.length).toBeGreaterThan(0);
    expect(reading.sort()).toEqual(CONTENT_LOADERS.map((l) => l.source).sort());
  });
});
