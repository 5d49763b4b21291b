import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {deferredPartsFile, restoreDeferredParts} from "../../../src/lib/publish/deferred.js";
import {parsePage} from "../../../src/lib/publish/dom.js";
import {derivedEmbeds, rebasedUrl} from "../../../src/lib/publish/embedPages.js";
import {embedScript, isEmbedScript} from "../../../src/lib/publish/embedScript.js";
import {headersFile, missingReferences, transformSite} from "../../../src/lib/publish/site.js";

const STYLE = "<style>.plot-1 {font: 10px sans-serif;}</style>";

/** A ward page as Framework writes it (cut down), with its deferred parts out: two figures with embed pages. */
const wardPage = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Aston ward, Birmingham | West Midlands story maps</title>
<link rel="preload" as="style" href="../_import/style.1.css">
<link rel="stylesheet" type="text/css" href="../_import/style.1.css">
<link rel="modulepreload" href="../_observablehq/client.1.js">
<link rel="modulepreload" href="../_import/components/enhance.5dca57d0.js">
<script type="module">

import {define} from "../_observablehq/client.1.js";

define({id: "1", body: () => {}});

</script>
</head>
<body>
<div id="observablehq-center">
<main id="observablehq-main" class="observablehq">
<h1>Aston</h1>
<figure data-embed-from="the ward profile of Aston &amp; Nechells" data-embed="wards--aston--domains" class="wm-figure">\
<h3 class="wm-figure-title" id="ward-domains-title"><a href="#ward-domains-title">Domains &amp; more</a></h3>\
<!--wm-deferred:0--><figcaption>Source: <a href="../sources#iod">IoD2025</a></figcaption><!--wm-deferred:1-->\
<details class="wm-embed"><summary>Embed</summary><a class="wm-embed-link" href="../embed/wards--aston--domains">Open</a>\
</details></figure>
<div data-embed="wards--aston--police" data-embed-from="the ward profile of Aston"><p>Note</p>\
<figure class="wm-figure"><h3 class="wm-figure-title" id="ward-trend-title">Trend</h3><!--wm-deferred:2--></figure>\
<figure class="wm-figure"><h3 class="wm-figure-title" id="ward-map-title">Map</h3><h4>Key</h4></figure></div>
<p><a href="../sources">Sources</a></p>
</main>
</div>
</body>
</html>
`;
const PARTS = [`${STYLE}<svg role="img"></svg>`, "<table><tr><td>1</td></tr></table>", `<svg role="img"></svg>`];

describe("embed pages derived from a built page", () => {
  it("rebases relative addresses onto the embed page, and leaves the others", () => {
    expect(rebasedUrl("../sources#iod", "wards/aston.html", "embed/x.html")).toBe("../sources#iod");
    expect(rebasedUrl("./", "wards/aston.html", "embed/x.html")).toBe("../wards/");
    expect(rebasedUrl("./risk-index?x=1", "index.html", "embed/x.html")).toBe("../risk-index?x=1");
    for (const url of ["#top", "/maps/a", "https://example.org/a", "mailto:a@b.c"])
      expect(rebasedUrl(url, "index.html", "embed/x.html")).toBe(url);
  });

  it("runs only the site's own enhancements module in the script the CSP lets an embed page run", () => {
    expect(isEmbedScript(embedScript("../_import/components/enhance.5dca57d0.js"))).toBe(true);
    for (const url of ["https://example.org/_import/components/enhance.1.js", "../_import/components/evil.1.js"])
      expect(isEmbedScript(embedScript(url))).toBe(false);
    expect(isEmbedScript(embedScript("../_import/components/enhance.1.js") + "alert(1);\n")).toBe(false);
  });

  const [domains, police] = derivedEmbeds(parsePage(wardPage, "wards/aston.html"), () => PARTS);

  it("makes one page for each marked figure or block, named by its mark", () => {
    expect([domains.file, police.file]).toEqual([
      "embed/wards--aston--domains.html",
      "embed/wards--aston--police.html"
    ]);
    expect(derivedEmbeds(parsePage(wardPage.replace(/ data-embed="[^"]*"/g, ""), "a.html"), () => PARTS)).toEqual([]);
  });

  it("copies the figure as built, titled by an h1, without its embed code or marks, with a link back", () => {
    const main = /<main[^>]*>\n([\s\S]*)<\/main>/.exec(domains.html)![1];
    expect(main).toBe(
      '<figure class="wm-figure"><h1 class="wm-figure-title" id="ward-domains-title">' +
        '<a href="#ward-domains-title">Domains &amp; more</a></h1><!--wm-deferred:0-->' +
        '<figcaption>Source: <a href="../sources#iod">IoD2025</a></figcaption><!--wm-deferred:1--></figure>\n' +
        '<p class="wm-embed-back">From <a href="../wards/aston#ward-domains-title" target="_top">' +
        "the ward profile of Aston &amp; Nechells</a>, West Midlands story maps.</p>\n"
    );
    expect(domains.parts).toEqual(PARTS.slice(0, 2));
    expect(domains.html).toContain("<title>Domains &amp; more | West Midlands story maps</title>");
  });

  it("takes the page's stylesheets and runs its enhancements without Framework's runtime", () => {
    const head = /<head>([\s\S]*)<\/head>/.exec(domains.html)![1];
    expect(head).toContain('<link rel="stylesheet" type="text/css" href="../_import/style.1.css">');
    expect(head).toContain('<link rel="preload" as="style" href="../_import/style.1.css">');
    expect(head).toContain('import {enhancePage} from "../_import/components/enhance.5dca57d0.js";\nenhancePage();');
    expect(head).not.toContain("_observablehq");
  });

  it("moves a block's other headings up, none skipped, and gives it the page's styles it lacks", () => {
    expect(police.html.match(/<\/?h\d/g)).toEqual(["<h1", "</h1", "<h2", "</h2", "<h2", "</h2"]);
    expect(police.html).toMatch(/<main[^>]*>\n<!--wm-deferred:1--><div>/);
    expect(police.parts).toEqual([PARTS[2], STYLE]);
  });

  describe("in a built site", () => {
    let dir: string;
    afterEach(() => rmSync(dir, {recursive: true, force: true}));

    it("writes them transformed, framed by any site, out of the indexes, complete once their parts are back", () => {
      dir = mkdtempSync(join(tmpdir(), "wm-embeds-"));
      const [site, deferred] = [join(dir, "site"), join(dir, "deferred")];
      const files = {
        "wards/aston.html": wardPage,
        "_import/style.1.css": "",
        "_import/components/enhance.5dca57d0.js": "",
        "_observablehq/client.1.js": "",
        sources: "",
        "favicon.svg": ""
      };
      for (const [file, content] of Object.entries(files)) {
        mkdirSync(join(site, file, ".."), {recursive: true});
        writeFileSync(join(site, file), content);
      }
      mkdirSync(join(deferred, "wards"), {recursive: true});
      writeFileSync(deferredPartsFile(deferred, "wards/aston.md"), JSON.stringify(PARTS));

      const transformed = transformSite(site, {base: "/", siteUrl: null}, deferred);
      expect(transformed.pages).toBe(1);
      expect([...transformed.derivedParts.keys()]).toEqual([domains.file, police.file]);
      const headers = headersFile(site, {base: "/", siteUrl: null}, transformed.scriptHashes);
      expect(headers).toBe(headersFile(site, {base: "/", siteUrl: null}));
      expect(headers).toMatch(/\/embed\/wards--aston--domains\n {2}Content-Security-Policy: [^\n]*frame-ancestors \*/);
      expect(missingReferences(site)).toEqual([]);
      expect(restoreDeferredParts(site, deferred, transformed.derivedParts)).toBe(3);

      const page = readFileSync(join(site, domains.file), "utf8");
      expect(page).toContain('<meta name="robots" content="noindex">');
      expect(page).toContain('<html lang="en-GB">');
      expect(page).toContain('<a class="wm-skip-link" href="#observablehq-main">');
      expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'sha256-/);
      expect(page).toContain(`<h1 class="wm-figure-title" id="ward-domains-title">`);
      expect(page).toContain(PARTS[0] + "<figcaption>");
      expect(readFileSync(join(site, police.file), "utf8")).toContain(
        `<main id="observablehq-main" tabindex="-1" class="observablehq">\n${STYLE}<div>`
      );
      expect(() => transformSite(site, {base: "/", siteUrl: null}, deferred)).toThrow(
        /wards\/aston\.html: a figure's embed page embed\/wards--aston--domains\.html is there already/
      );
    });
  });
});
