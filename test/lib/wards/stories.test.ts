import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {publishedStories} from "../../../src/lib/wards/stories.js";

const stories = [{slug: "hillfields"}, {slug: "heath-town"}];
let root = "";
function project(files: string[]): string {
  root = mkdtempSync(join(tmpdir(), "wm-stories-"));
  mkdirSync(join(root, "src", "stories"), {recursive: true});
  for (const f of files) writeFileSync(join(root, "src", "stories", f), "");
  return root;
}
afterEach(() => rmSync(root, {recursive: true, force: true}));

describe("publishedStories", () => {
  it("links nothing while the stories route is not in the build", () => {
    expect(publishedStories(project([]), stories)).toEqual({index: false, stories: []});
  });

  it("links every story when the [slug] route exists, as Markdown or as a page loader", () => {
    expect(publishedStories(project(["[slug].md.ts", "index.md.ts"]), stories)).toEqual({index: true, stories});
    rmSync(root, {recursive: true, force: true});
    expect(publishedStories(project(["[slug].md"]), stories)).toEqual({index: false, stories});
  });

  it("links only stories with their own page otherwise", () => {
    expect(publishedStories(project(["hillfields.md"]), stories).stories).toEqual([{slug: "hillfields"}]);
  });
});
