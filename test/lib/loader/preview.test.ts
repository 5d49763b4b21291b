import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, afterEach, describe, expect, it} from "vitest";
import {ContentError, Problems} from "../../../src/lib/content/problems.js";
import {
  previewOfFailure,
  renderedByPreview,
  RENDERER_ENV,
  startPreviewRenderer
} from "../../../src/lib/loader/preview.js";
import {keptOnDisk, PREVIEW_ENV, previewStoryFile} from "../../../src/lib/loader/previewCache.js";
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

describe("the dev server's warm renderer", () => {
  it("makes a loader's output for it, and leaves it to the loader once the code has changed", async () => {
    process.env.WM_SOURCES_DIR = join(root, "sources");
    process.env[PREVIEW_ENV] = "true";
    const lines: string[] = [];
    const renderer = await startPreviewRenderer(root, (line) => lines.push(line));
    try {
      const env = {[PREVIEW_ENV]: "true", [RENDERER_ENV]: renderer.url};
      const ask = () => renderedByPreview("stories/[slug].md.ts", "alpha", (line) => lines.push(line), env);
      expect(String(await ask())).toMatch(/^---\ntitle: "Alpha"/);
      expect(lines.at(-1)).toMatch(/^\[stories\/alpha\.md\] made in \d+\.\d s$/);
      mkdirSync(join(root, "src", "lib"), {recursive: true});
      writeFileSync(join(root, "src", "lib", "changed.ts"), "export {};\n");
      expect(await ask()).toBeUndefined();
      expect(lines.at(-1)).toBe("the dev server's renderer did not make it (409): making it here");
      expect(await renderedByPreview("stories/[slug].md.ts", "alpha", () => {}, {[PREVIEW_ENV]: "true"})).toBe(
        undefined
      );
    } finally {
      renderer.close();
      delete process.env.WM_SOURCES_DIR;
    }
  });
});

const preview = {WM_PREVIEW: "true"};

function contentError(): ContentError {
  const problems = new Problems();
  problems.error(
    new ContentError("content/stories/x/story.yaml", 4, 'the ward "Blaknall" is <b>not</b> known', "fix it")
  );
  problems.error(new ContentError("content/stories/x/steps.md", undefined, "steps.md is missing", "add it"));
  try {
    problems.throwIfErrors();
  } catch (error) {
    return error as ContentError;
  }
  throw new Error("expected an error");
}

describe("previewOfFailure", () => {
  it("shows the dev server's page of the problems, each at its file and line, escaped", () => {
    const page = previewOfFailure("stories/x.md", contentError(), preview)!;
    expect(page).toMatch(/^---\ntitle: "Problems to fix: stories\/x"/);
    expect(page).toContain("<strong>content/stories/x/story.yaml, line 4</strong>: the ward");
    expect(page).toContain("&#60;b&#62;not&#60;/b&#62;");
    expect(page).toContain(
      "<strong>content/stories/x/steps.md</strong>: steps.md is missing.</p><p>To fix it: add it."
    );
  });

  it("never shows a stack trace or an error's own words for a fault in the code", () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'slug')");
    const page = previewOfFailure("stories/x.md", error, preview)!;
    expect(page).toContain("the cause is not in the story's files");
    expect(page).not.toContain("Cannot read");
    expect(page).not.toMatch(/ at .*\.ts:\d+/);
  });

  it("keeps the failure outside the dev server and for data files", () => {
    expect(previewOfFailure("stories/x.md", contentError(), {})).toBeUndefined();
    expect(previewOfFailure("data/search-index.json", contentError(), preview)).toBeUndefined();
  });
});
