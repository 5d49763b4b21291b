import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, afterEach, describe, expect, it} from "vitest";
import {keptOnDisk, PREVIEW_ENV, previewStoryFile} from "../../../src/lib/loader/preview.js";
import {sharedInputs} from "../../../src/lib/loader/shared.js";
import {storyPageMarkdown} from "../../../src/lib/render/storyPage.js";
import {Sources} from "../../../src/lib/sources/index.js";
import {storySourceFiles} from "../../../src/lib/stories/assemble.js";
import {writeFixture} from "../../fixtures/sources.js";

const root = mkdtempSync(join(tmpdir(), "wm-preview-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));
afterEach(() => void delete process.env[PREVIEW_ENV]);

describe("keptOnDisk", () => {
  it("computes a value once per key, across processes (a file), and again for a new key", () => {
    const file = join(root, "kept", "value.json");
    let computed = 0;
    const compute = () => ({n: ++computed});
    expect(keptOnDisk(file, "a", compute)).toEqual({n: 1});
    expect(keptOnDisk(file, "a", compute)).toEqual({n: 1});
    expect(keptOnDisk(file, "b", compute)).toEqual({n: 2});
    expect(computed).toBe(2);
  });
});

describe("a story page in the dev server's preview", () => {
  writeFixture(join(root, "sources"));
  cpSync(join(import.meta.dirname, "..", "..", "fixtures", "content", "valid"), join(root, "content"), {
    recursive: true
  });
  const sources = new Sources(join(root, "sources"));
  const folder = join(root, "content", "stories", "alpha");
  // Plot numbers its markers' ids per process: the count differs, the page does not.
  const page = () =>
    storyPageMarkdown(sharedInputs(sources, root).story("alpha"), storySourceFiles(sources)).replace(
      /plot-marker-\d+/g,
      "plot-marker"
    );

  it("reuses the story's data from disk, so an edit to its words re-renders it the same as a full run", () => {
    const fresh = page();
    process.env[PREVIEW_ENV] = "true";
    expect(page()).toBe(fresh);
    const kept = previewStoryFile(root, "alpha");
    expect(existsSync(kept)).toBe(true);

    // The next process reads the kept data (a mark put into it shows) with the edited sentence.
    writeFileSync(kept, readFileSync(kept, "utf8").replaceAll('"Birmingham"', '"Kept Borough"'));
    const steps = readFileSync(join(folder, "steps.md"), "utf8");
    writeFileSync(join(folder, "steps.md"), steps.replace(/\n\n([A-Z])/, "\n\nA new sentence. $1"));
    const edited = page();
    expect(edited).toContain("Kept Borough");
    expect(edited).toContain("A new sentence.");

    // story.yaml changed, the data is computed again.
    writeFileSync(join(folder, "story.yaml"), `${readFileSync(join(folder, "story.yaml"), "utf8")}# reviewed\n`);
    expect(page()).not.toContain("Kept Borough");
  });
});
