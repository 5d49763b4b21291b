import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {assembleStory, readStoryInputs, storySourceFiles} from "../../../src/lib/stories/assemble.js";
import {DRAFTS_ENV} from "../../../src/lib/stories/drafts.js";
import {storyPageMarkdown} from "../../../src/lib/render/storyPage.js";
import {fixtureSources} from "../../fixtures/sources.js";

// The valid content fixture: "alpha" is published (with an image and a local chart), "beta" a draft.
const root = join(import.meta.dirname, "..", "..", "fixtures", "content", "valid");
const pages = () => {
  const sources = fixtureSources();
  const inputs = readStoryInputs(sources, root, root);
  return Object.fromEntries(
    inputs.stories.map((s) => [
      s.slug,
      storyPageMarkdown(assembleStory(inputs, s, root, root), storySourceFiles(sources))
    ])
  );
};

describe("story pages and drafts", () => {
  afterEach(() => delete process.env[DRAFTS_ENV]);

  it("leave drafts out unless the dev server asks for them", () => {
    expect(Object.keys(pages())).toEqual(["alpha"]);
  });

  it("mark a draft in the dev server, and show every story's last review date", () => {
    process.env[DRAFTS_ENV] = "true";
    const {alpha, beta} = pages();
    expect(beta).toContain('<p class="story-draft" role="note"><strong>Draft.</strong>');
    expect(alpha).not.toContain("story-draft");
    expect(alpha).toContain(
      '<p class="story-reviewed">Last reviewed <time datetime="2026-06-01">1 June 2026</time></p>'
    );
  });

  it("embed the story's image and place its local chart", () => {
    const {alpha} = pages();
    expect(alpha).toMatch(
      /<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="A community garden with raised beds">/
    );
    expect(alpha).toContain('<div class="story-local-chart" data-local-chart="visits">');
    expect(alpha).toContain("Visits rose from 120 in 2023 to 180 visits per year in 2025.");
  });
});
