// Reads a page written by a render function as Framework would: front matter, the HTML Markdown
// makes of the body, and the ```js blocks.
import {JSDOM} from "jsdom";
import MarkdownIt from "markdown-it";
import {expect} from "vitest";

export interface RenderedPage {
  frontMatter: string;
  document: Document;
  scripts: string[];
}

export function readPage(markdown: string): RenderedPage {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error("the page has no front matter");
  const body = markdown.slice(match[0].length);
  const tokens = new MarkdownIt({html: true}).parse(body, {});
  const scripts = tokens.filter((t) => t.type === "fence" && t.info === "js").map((t) => t.content);
  const html = new MarkdownIt({html: true}).render(body.replace(/```js\n[\s\S]*?```\n?/g, ""));
  return {frontMatter: match[1], document: new JSDOM(`<body>${html}</body>`).window.document, scripts};
}

/** The page's one script: enhancements only, no data (no number, string or JSON from the build). */
export function expectEnhancementsOnly(scripts: string[], root = "./"): void {
  expect(scripts).toHaveLength(1);
  const allowed = [
    `import "${root}components/enhanceMenu.js";`,
    `import {enhancePage} from "${root}components/enhance.js";`,
    `import {areaSearch} from "${root}components/search.js";`,
    "enhancePage();",
    `const areas = FileAttachment("${root}data/search-index.json");`,
    `document.getElementById("area-search")` +
      `?.replaceChildren(areaSearch({index: () => areas.json(), root: "${root}"}));`
  ];
  for (const line of scripts[0].trim().split("\n")) expect(allowed).toContain(line);
}

/** Every figure: a title, a summary sentence, a graphic with role=img named by the title, a source. */
export function expectCompleteFigures(document: Document): HTMLElement[] {
  const figures = [...document.querySelectorAll<HTMLElement>("figure.wm-figure")];
  for (const figure of figures) {
    const title = figure.querySelector(".wm-figure-title")!;
    expect(title.textContent).toBeTruthy();
    expect(figure.querySelector(".wm-figure-summary")?.textContent?.length).toBeGreaterThan(20);
    // (A ramp legend is an image too, named by its own ticks: figure.ts.)
    const images = figure.querySelectorAll("[role=img]:not([class$='-ramp'])");
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image.getAttribute("aria-labelledby")).toBe(title.id);
    expect(figure.querySelector(".wm-figure-source a[href^='http']")).not.toBeNull();
    expect(figure.querySelector("details.data-table table")).not.toBeNull();
  }
  return figures;
}

/** The rows of a figure's (or the page's nth) data table. */
export const tableRows = (root: ParentNode) => root.querySelectorAll("details.data-table tbody tr").length;
