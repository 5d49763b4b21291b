import {describe, expect, it} from "vitest";
import {
  brokenLinks,
  directiveOf,
  isExternal,
  markdownReferences,
  parseMarkdown,
  renderMarkdown
} from "../../../src/lib/content/markdown.js";

const references = (text: string) =>
  markdownReferences(parseMarkdown(text)).map(({kind, line, text, target}) => ({kind, line, text, target}));

describe("markdownReferences", () => {
  it("finds links and images with their line, text and address as written", () => {
    const text =
      "## See [the map](/deprivation)\n\nA paragraph\n" +
      'with [a link](/stories/beta "title") on line 4\nand ![A garden](images/my%20garden.png) on 5.\n';
    expect(references(text)).toEqual([
      {kind: "link", line: 1, text: "the map", target: "/deprivation"},
      {kind: "link", line: 4, text: "a link", target: "/stories/beta"},
      {kind: "image", line: 5, text: "A garden", target: "images/my garden.png"}
    ]);
  });

  it("counts line breaks inside link text, alt text and lists", () => {
    const text =
      "- [two\n  lines](/a) then ![alt\n  text](images/b.png)  \n  [c](/c)\n- item\n\n  > ![](images/d.png)\n";
    expect(references(text)).toEqual([
      {kind: "link", line: 1, text: "two lines", target: "/a"},
      {kind: "image", line: 2, text: "alt\ntext", target: "images/b.png"},
      {kind: "link", line: 4, text: "c", target: "/c"},
      {kind: "image", line: 7, text: "", target: "images/d.png"}
    ]);
  });

  it("finds reference links and autolinks, and nothing in code", () => {
    const text =
      "[a][ref] and <https://example.org>\n\n`[not](/a-link)`\n\n" +
      "```\n![not](an-image.png)\n```\n\n[ref]: /risk-index\n";
    expect(references(text)).toEqual([
      {kind: "link", line: 1, text: "a", target: "/risk-index"},
      {kind: "link", line: 1, text: "https://example.org", target: "https://example.org"}
    ]);
  });
});

describe("directives", () => {
  it("are tokens of their own with their line; other lines are text", () => {
    const tokens = parseMarkdown("Text\nchart: visits\nshows:   region  \n\nchart: two words\n> chart: quoted\n");
    expect(tokens.map(directiveOf).filter(Boolean)).toEqual([
      {name: "chart", value: "visits", line: 2, nested: false},
      {name: "shows", value: "region", line: 3, nested: false},
      {name: "chart", value: "quoted", line: 6, nested: true}
    ]);
    expect(renderMarkdown(tokens.slice(0, 3))).toBe("<p>Text</p>\n");
  });

  it("do not change the rest of the Markdown", () => {
    expect(renderMarkdown(parseMarkdown('"Quotes" -- and <b>HTML</b>\n\n- a\n- b\n'))).toBe(
      "<p>“Quotes” – and &lt;b&gt;HTML&lt;/b&gt;</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"
    );
  });
});

describe("isExternal", () => {
  it("tells other sites and mail from the site's own pages", () => {
    expect(["https://example.org", "mailto:a@b.org", "//cdn.example.org/x.png"].every(isExternal)).toBe(true);
    expect(["/stories/beta", "images/a.png", "#step-area", "../sources"].some(isExternal)).toBe(false);
  });
});

describe("brokenLinks", () => {
  it("finds link syntax that markdown-it reads as text, and leaves brackets that hold no address alone", () => {
    const tokens = parseMarkdown(
      "One [open(/x) two.\n\nThree [gap] (./y) four [end](#z\n\nA [note] (in brackets) and [a link](/ok)."
    );
    expect(brokenLinks(tokens)).toEqual([
      {line: 1, text: "[open(/x)"},
      {line: 3, text: "[gap] (./y)"},
      {line: 3, text: "[end](#z"}
    ]);
  });
});
