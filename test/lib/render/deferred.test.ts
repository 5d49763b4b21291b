// Parts of a page kept out of Framework's passes in a build, and put back after.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {deferredPartsFile, restoreDeferredParts} from "../../../src/lib/publish/deferred.js";
import {
  deferFigureParts,
  deferMarkup,
  deferredHtml,
  markDeferred,
  restoreMarkup
} from "../../../src/lib/render/deferred.js";
import {html} from "../../../src/lib/render/html.js";

describe("deferred markup", () => {
  it("marks an element in place, takes each marked part out of a page and puts it back", () => {
    const {document} = new JSDOM("<figure><h3 id=t>Title</h3><svg><path d='M0,0'></path></svg></figure>").window;
    markDeferred(document.querySelector("svg")!);
    const table = deferredHtml(html`<table><tr><td>${1}</td></tr></table>`);
    const page = `${document.querySelector("figure")!.outerHTML}\n${String(table)}`;
    const {markdown, parts} = deferMarkup(page, "page.md");
    expect(markdown).toBe('<figure><h3 id="t">Title</h3><!--wm-deferred:0--></figure>\n<!--wm-deferred:1-->');
    expect(parts).toEqual(['<svg><path d="M0,0"></path></svg>', "<table><tr><td>1</td></tr></table>"]);
    expect(restoreMarkup(markdown, parts, "page.html")).toBe(page.replace(/<!--\/?wm-deferred-->/g, ""));
    expect(() => restoreMarkup("<!--wm-deferred:2-->", parts, "page.html")).toThrow(/page.html: no deferred part 2/);
  });

  it("defers a figure's legend, graphic and table, but not its text nor a part with a link", () => {
    const {document} = new JSDOM(
      '<div><figure class="wm-figure"><h3 id="f-title">T</h3><p class="wm-figure-summary">S</p>' +
        '<div class="legend">L</div><svg role="img"><path d="M0,0"></path></svg>' +
        '<figcaption>Source: <a href="x">x</a></figcaption><details><table><tr><td>1</td></tr></table></details>' +
        '<div class="more"><a href="./aston">Aston</a></div></figure></div>'
    ).window;
    const root = document.querySelector("div")!;
    const {parts} = deferMarkup(deferFigureParts(root).outerHTML, "page.md");
    expect(parts).toEqual([
      '<div class="legend">L</div>',
      '<svg role="img"><path d="M0,0"></path></svg>',
      "<details><table><tbody><tr><td>1</td></tr></tbody></table></details>"
    ]);
  });

  it("refuses to defer what the build's passes must see: links, files, ids, scripts, paragraphs", () => {
    const parts = ['<a href="x">', '<img src="x">', '<h3 id="x">', "<script>1</script>", "<p>Text</p>"];
    for (const part of parts)
      expect(() => deferMarkup(`<!--wm-deferred-->${part}<!--/wm-deferred-->`, "wards/x.md"), part).toThrow(
        /^wards\/x.md: a deferred part holds/
      );
    expect(
      deferMarkup('<!--wm-deferred--><svg class="p"><path d="M0,0"></path></svg><!--/wm-deferred-->', "x.md").parts
    ).toHaveLength(1);
  });

  it("restores every built page from the parts beside it, and fails when they are missing", () => {
    const site = mkdtempSync(join(tmpdir(), "wm-site-"));
    const parts = join(site, "..", `${site.split("/").at(-1)}-parts`);
    mkdirSync(join(site, "wards"), {recursive: true});
    writeFileSync(join(site, "wards", "aston.html"), "<main><!--wm-deferred:0--></main>");
    writeFileSync(join(site, "index.html"), "<main>no parts</main>");
    mkdirSync(join(parts, "wards"), {recursive: true});
    writeFileSync(deferredPartsFile(parts, "wards/aston.md"), JSON.stringify(["<svg></svg>"]));
    expect(restoreDeferredParts(site, parts)).toBe(1);
    expect(readFileSync(join(site, "wards", "aston.html"), "utf8")).toBe("<main><svg></svg></main>");
    writeFileSync(join(site, "index.html"), "<main><!--wm-deferred:0--></main>");
    expect(() => restoreDeferredParts(site, parts)).toThrow(/index.html: its deferred parts .* are missing/);
    for (const dir of [site, parts]) rmSync(dir, {recursive: true, force: true});
  });
});
