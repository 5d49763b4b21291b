import {randomBytes} from "node:crypto";
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {embedPageProblems} from "../../browser/embedChecks.js";
import {deferredPartsFile, restoreDeferredParts} from "../../../src/lib/publish/deferred.js";
import {inlineScriptHashes} from "../../../src/lib/publish/csp.js";
import {parsePage} from "../../../src/lib/publish/dom.js";
import {derivedEmbeds, rebasedUrl} from "../../../src/lib/publish/embedPages.js";
import {embedScript, isEmbedScript} from "../../../src/lib/publish/embedScript.js";
import {transformPage} from "../../../src/lib/publish/html.js";
import type {PublishOptions} from "../../../src/lib/publish/options.js";
import {
  headersFile,
  localUrls,
  missingReferences,
  pageReferences,
  transformSite,
  writeSiteFiles
} from "../../../src/lib/publish/site.js";

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
<figure data-embed-from="the ward profile of Aston &amp; Nechells" data-embed="wards--aston--domains" \
class="wm-figure"><h3 class="wm-figure-title" id="ward-domains-title">\
<a href="#ward-domains-title">Domains &amp; more</a></h3>\
<!--wm-deferred:0--><figcaption>Source: <a href="../sources#iod">IoD2025</a></figcaption><!--wm-deferred:1-->\
<details class="wm-embed"><summary>Embed</summary>\
<a class="wm-embed-link" href="../embed/wards--aston--domains">Open</a></details></figure>
<div data-embed="wards--aston--police" data-embed-from="the ward profile of Aston"><p>Note</p>\
<figure class="wm-figure"><h3 class="wm-figure-title" id="ward-trend-title">Trend</h3><!--wm-deferred:2--></figure>\
<figure class="wm-figure"><h3 class="wm-figure-title" id="ward-map-title">Map</h3><h4>Key</h4></figure></div>
<p><a href="../sources">Sources</a></p>
</main>
</div>
</body>
</html>
`;
const LOCAL: PublishOptions = {base: "/", siteUrl: null};
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

  const [domains, police] = derivedEmbeds(parsePage(wardPage, "wards/aston.html"), () => PARTS, LOCAL);

  it("makes one page for each marked figure or block, named by its mark", () => {
    expect([domains.file, police.file]).toEqual([
      "embed/wards--aston--domains.html",
      "embed/wards--aston--police.html"
    ]);
    expect(
      derivedEmbeds(parsePage(wardPage.replace(/ data-embed="[^"]*"/g, ""), "a.html"), () => PARTS, LOCAL)
    ).toEqual([]);
  });

  it("copies the figure as built, titled by an h1, without its embed code or marks, with a link back", () => {
    const main = /<main[^>]*>\n([\s\S]*)<\/main>/.exec(domains.html)![1];
    expect(main).toBe(
      '<figure class="wm-figure"><h1 class="wm-figure-title" id="ward-domains-title">' +
        `<a href="#ward-domains-title">Domains &amp; more</a></h1>${PARTS[0]}` +
        `<figcaption>Source: <a href="../sources#iod">IoD2025</a></figcaption>${PARTS[1]}</figure>\n` +
        '<p class="wm-embed-back">From <a href="../wards/aston#ward-domains-title" target="_top">' +
        "the ward profile of Aston &amp; Nechells</a>, West Midlands story maps.</p>\n"
    );
    expect(domains.html).toContain("<title>Domains &amp; more | West Midlands story maps</title>");
  });

  it("takes the page's stylesheets and runs its enhancements without Framework's runtime", () => {
    const head = /<head>([\s\S]*)<\/head>/.exec(domains.html)![1];
    expect(head).toContain('<link rel="stylesheet" type="text/css" href="../_import/style.1.css">');
    expect(head).toContain('<link rel="preload" as="style" href="../_import/style.1.css">');
    expect(head).toContain('import {enhancePage} from "../_import/components/enhance.5dca57d0.js";\nenhancePage();');
    expect(head).not.toContain("_observablehq");
  });

  it("is written as the page transforms leave a page, with its script hashes and references", () => {
    for (const embed of [domains, police]) {
      expect(transformPage(embed.html, {file: embed.file, options: LOCAL})).toBe(embed.html);
      expect(embed.scriptHashes).toEqual(inlineScriptHashes(parsePage(embed.html, embed.file)));
      expect(localUrls(embed.urls).sort()).toEqual(pageReferences(embed.html).urls.sort());
    }
    expect(domains.html).toContain('<meta name="robots" content="noindex">');
    const address = {base: "/maps/", siteUrl: "https://example.org/maps/"};
    const [published] = derivedEmbeds(parsePage(wardPage, "wards/aston.html"), () => PARTS, address);
    expect(transformPage(published.html, {file: published.file, options: address})).toBe(published.html);
    expect(published.html).toContain(
      '<link rel="canonical" href="https://example.org/maps/embed/wards--aston--domains">'
    );
  });

  it("moves a block's other headings up, none skipped, and gives it the page's styles it lacks", () => {
    expect(police.html.match(/<\/?h\d/g)).toEqual(["<h1", "</h1", "<h2", "</h2", "<h2", "</h2"]);
    expect(police.html).toContain(`<main id="observablehq-main" tabindex="-1" class="observablehq">\n${STYLE}<div>`);
    expect(police.html).toContain(PARTS[2]);
  });

  describe("in a built site", () => {
    let dir: string;
    afterEach(() => rmSync(dir, {recursive: true, force: true}));

    /** The ward page built, and its deferred parts beside it. */
    function builtSite() {
      dir = mkdtempSync(join(tmpdir(), "wm-embeds-"));
      const [site, deferred] = [join(dir, "site"), join(dir, "deferred")];
      const files = {
        "wards/aston.html": wardPage,
        "_import/style.1.css": "",
        "_import/components/enhance.5dca57d0.js": 'import "./dom.1.js";\nconst later = () => import("./big.1.js");',
        "_import/components/dom.1.js": "",
        "_observablehq/client.1.js": "",
        sources: "",
        "favicon.svg": "",
        "assets/favicon.svg": "",
        "assets/social-preview.png": ""
      };
      for (const [file, content] of Object.entries(files)) {
        mkdirSync(join(site, file, ".."), {recursive: true});
        writeFileSync(join(site, file), content);
      }
      mkdirSync(join(deferred, "wards"), {recursive: true});
      writeFileSync(deferredPartsFile(deferred, "wards/aston.md"), JSON.stringify(PARTS));
      return {site, deferred};
    }

    it("passes the checks of every embed page without a browser, which find each kind of mistake", () => {
      const {site, deferred} = builtSite();
      const transformed = transformSite(site, LOCAL, deferred);
      writeSiteFiles(site, LOCAL, join(site, "assets"), transformed.scriptHashes);
      expect(embedPageProblems(site)).toEqual([]);
      const page = readFileSync(join(site, domains.file), "utf8");
      const broken = page
        .replace('<meta name="robots" content="noindex">', "")
        .replace("enhancePage();", "enhancePage(); alert(1);")
        .replace("../sources#iod", "../nowhere");
      writeFileSync(join(site, domains.file), broken);
      writeFileSync(join(site, "_import/components/dom.1.js"), randomBytes(200_000));
      const police = readFileSync(join(site, domains.file.replace("domains", "police")), "utf8");
      writeFileSync(join(site, domains.file.replace("domains", "police")), police.replace("'sha256-", "'sha256-x"));
      const headers = readFileSync(join(site, "_headers"), "utf8");
      writeFileSync(
        join(site, "_headers"),
        headers.replace(/(police\n[^\n]*)frame-ancestors \*/, "$1frame-ancestors 'self'")
      );
      expect(embedPageProblems(site)).toEqual([
        "embed/wards--aston--domains.html: ../nowhere",
        expect.stringMatching(/^embed\/wards--aston--domains\.html: an inline <script> on line 20 .* is not one of/),
        'embed/wards--aston--domains.html: no <meta name="robots" content="noindex">',
        expect.stringMatching(/^embed\/wards--aston--domains\.html: its first view is \d+ bytes gzipped, over/),
        "embed/wards--aston--police.html: its Content-Security-Policy does not name exactly its inline scripts",
        "embed/wards--aston--police.html: _headers does not let other sites frame it",
        expect.stringMatching(/^embed\/wards--aston--police\.html: its first view is \d+ bytes gzipped, over/)
      ]);
    });

    it("writes them with the other pages, framed by any site, their references known without reading them", () => {
      const {site, deferred} = builtSite();
      const transformed = transformSite(site, LOCAL, deferred);
      expect(transformed.pages).toEqual(["wards/aston.html"]);
      expect(transformed.derived).toEqual([domains.file, police.file]);
      expect(readFileSync(join(site, domains.file), "utf8")).toBe(domains.html);
      // The marks are for the post-processing alone.
      const ward = readFileSync(join(site, "wards/aston.html"), "utf8");
      expect(ward).not.toContain("data-embed");
      expect(ward).toContain('<figure class="wm-figure">');
      const headers = headersFile(site, LOCAL, transformed.scriptHashes);
      expect(headers).toBe(headersFile(site, LOCAL));
      expect(headers).toMatch(/\/embed\/wards--aston--domains\n {2}Content-Security-Policy: [^\n]*frame-ancestors \*/);
      expect(missingReferences(site, "/", {known: transformed.references})).toEqual([]);
      rmSync(join(site, "sources"));
      expect(missingReferences(site, "/", {known: transformed.references})).toEqual([
        "embed/wards--aston--domains.html: ../sources",
        "wards/aston.html: ../sources"
      ]);
      expect(restoreDeferredParts(site, deferred, {pages: transformed.pages, read: transformed.parts})).toBe(1);
    });

    it("stops when an embed page of that name is there already", () => {
      const {site, deferred} = builtSite();
      mkdirSync(join(site, "embed"));
      writeFileSync(join(site, police.file), wardPage.replace(/ data-embed(-from)?="[^"]*"/g, ""));
      expect(() => transformSite(site, LOCAL, deferred)).toThrow(
        /wards\/aston\.html: a figure's embed page embed\/wards--aston--police\.html is there already/
      );
    });
  });
});
