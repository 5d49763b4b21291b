import {describe, expect, it} from "vitest";
import {dataTable} from "../../../src/components/dataTable.js";
import {iframeSnippet} from "../../../src/components/embedCode.js";
import {figure} from "../../../src/components/figure.js";
import {embedPageMarkdown, withEmbedCode} from "../../../src/lib/render/embed.js";
import {embedName, embedNames, embedSource, STORY_FIGURE_NAMES} from "../../../src/lib/render/embedNames.js";
import {serverDocument} from "../../../src/lib/render/serverDocument.js";
import {readPage} from "./page.js";

function chart(document = serverDocument()): HTMLElement {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  return figure({
    id: "figure-area",
    title: "Residents & places",
    summary: "A sentence.",
    graphic: svg,
    table: dataTable({caption: "Rows", rows: [{a: 1}], columns: [{label: "A", value: (r) => r.a}], document}),
    source: "Source",
    document
  });
}

describe("embed pages' names", () => {
  it("joins the page's path and the figure's name, and splits them back", () => {
    expect(embedName("stories/hill-hook", "change-map")).toBe("stories--hill-hook--change-map");
    expect(embedSource("stories--hill-hook--change-map")).toEqual({page: "stories/hill-hook", figure: "change-map"});
    expect(embedSource("deprivation--map")).toEqual({page: "deprivation", figure: "map"});
    expect(() => embedSource("deprivation")).toThrow(/not an embed page's name/);
  });

  it("lists every figure of every story, then the deprivation page's", () => {
    const names = embedNames(["a", "b"]);
    expect(names).toHaveLength(2 * STORY_FIGURE_NAMES.length + 2);
    expect(names).toContain("stories--b--change-map");
    expect(names.slice(-2)).toEqual(["deprivation--map", "deprivation--change"]);
  });
});

describe("embed code and page", () => {
  it("adds to the figure a closed Embed disclosure with an iframe snippet and a link, relative to its page", () => {
    const shown = withEmbedCode(chart(), "stories/hill-hook", "area");
    const details = shown.querySelector("details.wm-embed")!;
    expect(details.hasAttribute("open")).toBe(false);
    expect(details.querySelector("a")?.getAttribute("href")).toBe("../embed/stories--hill-hook--area");
    expect(details.querySelector("code")?.textContent).toBe(
      '<iframe src="../embed/stories--hill-hook--area" title="Residents &amp; places" width="100%" height="760" ' +
        'style="border: 0" loading="lazy"></iframe>'
    );
    // Every character that could end the value or the element is escaped, as toHtml escapes attributes.
    expect(iframeSnippet("../embed/a?b&c", 'A "title" </noscript>')).toBe(
      '<iframe src="../embed/a?b&amp;c" title="A &quot;title&quot; &lt;/noscript&gt;" width="100%" height="760" ' +
        'style="border: 0" loading="lazy"></iframe>'
    );
  });

  it("writes the figure alone, titled by an h1, with a link back and no header, sidebar, footer or pager", () => {
    const markdown = embedPageMarkdown({
      figure: chart(),
      back: {href: "stories/hill-hook#step-area-title", text: "the story “Hill Hook”"}
    });
    expect(markdown).toMatch(/^---\ntitle: "Residents & places"\ntoc: false\nsidebar: false\nheader: ""\nfooter: ""\n/);
    expect(markdown).toContain("pager: false\n---");
    const {document, scripts} = readPage(markdown);
    expect(document.querySelector("h1#figure-area-title")?.textContent).toBe("Residents & places");
    expect(document.querySelector("[role=img]")?.getAttribute("aria-labelledby")).toBe("figure-area-title");
    const back = document.querySelector<HTMLAnchorElement>(".wm-embed-back a")!;
    expect(back.getAttribute("href")).toBe("../stories/hill-hook#step-area-title");
    expect(back.getAttribute("target")).toBe("_top");
    expect(scripts.join("\n")).toContain('import {enhancePage} from "../components/enhance.js";');
  });

  it("moves the headings under the title up as far as the title, so that none is skipped", () => {
    const document = serverDocument();
    const block = document.createElement("div");
    const keyFigures = document.createElement("h4");
    keyFigures.textContent = "Key figures";
    block.append(chart(document), keyFigures);
    const {document: page} = readPage(embedPageMarkdown({figure: block, back: {href: "x", text: "x"}}));
    expect([...page.querySelectorAll("h1, h2, h3, h4")].map((h) => `${h.localName} ${h.textContent}`)).toEqual([
      "h1 Residents & places",
      "h2 Key figures"
    ]);
  });
});
