import {describe, expect, it} from "vitest";
import {ContentError, Problems} from "../../../src/lib/content/problems.js";
import {previewOfFailure} from "../../../src/lib/loader/run.js";

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
