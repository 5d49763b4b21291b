import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {
  headersFile,
  missingReferences,
  robots,
  sitemap,
  transformSite,
  writeSiteFiles
} from "../../../src/lib/publish/site.js";

const PAGES = ["404.html", "index.html", "stories/aston.html", "stories/index.html"];

/** A page with Framework's page module, its only inline script, and `body`. */
const page = (body = "", module = 'import "./_observablehq/client.d10d8454.js";') => `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Aston</title>
<script type="module">\n\n${module}\n</script>
</head>
<body>
<main id="observablehq-main" class="observablehq">
${body}</main>
</body>
</html>
`;

describe("sitemap and robots.txt", () => {
  it("list every page but the 404 page and the embed pages with absolute clean URLs when the address is known", () => {
    const xml = sitemap(PAGES, {base: "/maps/", siteUrl: "https://example.org/maps/"});
    expect([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual([
      "https://example.org/maps/",
      "https://example.org/maps/stories/aston",
      "https://example.org/maps/stories/"
    ]);
    expect(sitemap([...PAGES, "embed/stories--aston--area.html"], {base: "/", siteUrl: null})).not.toContain("embed");
    expect(robots({base: "/maps/", siteUrl: "https://example.org/maps/"})).toContain(
      "Sitemap: https://example.org/maps/sitemap.xml"
    );
    expect(robots({base: "/", siteUrl: null})).not.toContain("Sitemap");
  });
});

describe("a built site's files and references", () => {
  let dir: string;
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  function site(files: Record<string, string>) {
    dir = mkdtempSync(join(tmpdir(), "wm-site-"));
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(join(dir, file, ".."), {recursive: true});
      writeFileSync(join(dir, file), content);
    }
  }

  it("writes .nojekyll, robots.txt, sitemap.xml and the assets", () => {
    site({"index.html": "<p>home</p>", "assets/favicon.svg": "<svg/>", "assets/social-preview.png": "png"});
    const written = writeSiteFiles(dir, {base: "/", siteUrl: null}, join(dir, "assets"));
    expect(written).toEqual([
      ".nojekyll",
      "robots.txt",
      "sitemap.xml",
      "_headers",
      "favicon.svg",
      "social-preview.png"
    ]);
    expect(readFileSync(join(dir, "favicon.svg"), "utf8")).toBe("<svg/>");
    expect(readFileSync(join(dir, "sitemap.xml"), "utf8")).toContain("<loc>/</loc>");
  });

  it("writes each page's CSP, with frame-ancestors, as a header for its clean URL and file", () => {
    site({"stories/aston.html": page(), "index.html": page()});
    const headers = headersFile(dir, {base: "/maps/", siteUrl: null});
    expect(headers).toMatch(/^\/maps\/\*\n {2}X-Content-Type-Options: nosniff\n/);
    expect(headers).toContain(
      "/maps/stories/aston\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-"
    );
    expect(headers).toContain("/maps/stories/aston.html\n  Content-Security-Policy:");
    expect(headers).toContain("/maps/\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-");
    expect(headers.match(/frame-ancestors 'self'/g)?.length).toBe(4);
  });

  it("lets any site frame an embed page, and only the site itself frame the others", () => {
    site({"embed/stories--aston--area.html": page(), "index.html": page()});
    const blocks = headersFile(dir, {base: "/", siteUrl: null}).split("\n\n");
    const policy = (path: string) => blocks.find((b) => b.startsWith(`${path}\n`))!;
    expect(policy("/embed/stories--aston--area")).toMatch(/frame-ancestors \*$/);
    expect(policy("/embed/stories--aston--area.html")).toMatch(/frame-ancestors \*$/);
    expect(policy("/")).toMatch(/frame-ancestors 'self'$/);
  });

  it("writes no header that would let a developer's inline script run: it names the page instead", () => {
    site({"index.html": page(), "stories/aston.html": page("<script>go()</script>\n")});
    expect(() => headersFile(dir, {base: "/", siteUrl: null})).toThrow(
      /^stories\/aston\.html: an inline <script> on line 14 \("go\(\)"\)/
    );
  });

  it("post-processes every page, and stops at a page that lacks what a step needs", () => {
    site({
      "index.html": page("<p>The home page of the story maps site.</p>\n"),
      "stories/aston.html": page().replace(/<title>.*\n/, "")
    });
    expect(() => transformSite(dir, {base: "/", siteUrl: null})).toThrow(/^stories\/aston\.html: no <title> in <head>/);
    expect(readFileSync(join(dir, "index.html"), "utf8")).toContain(
      '<meta property="og:description" content="The home page of the story maps site.">'
    );
  });

  it("finds broken references, resolving clean URLs, the base path and the 404 page's <base>", () => {
    site({
      "index.html":
        '<a href="./stories/aston">ok</a> <a href="./stories/nope">no</a> <img src="/maps/a.png"> <img src="/a.png">',
      "stories/aston.html": '<a href="../">home</a> <script type="module">import "../_import/x.js";</script>',
      "404.html": '<base href="/maps/"><a href="./stories/aston">ok from the root</a>',
      "a.png": ""
    });
    expect(missingReferences(dir, "/maps/")).toEqual([
      "index.html: ./stories/nope",
      "index.html: /a.png (outside the base path /maps/)",
      "stories/aston.html: ../_import/x.js"
    ]);
  });

  it("checks references in <noscript>, <template>, SVG and scripts, and only real ones", () => {
    site({
      "index.html": page(
        `<noscript><img src="./static.png"></noscript>
<template><a href="./later">later</a></template>
<svg><image href="./image.svg"></image></svg>
<p title='href="./in-an-attribute"'>Write href="./in-text" in Markdown.</p>
<script src="./external.js"></script>
<p><a href="https://example.org/">away</a> <a href="#top">up</a> <a href="./sources?x=1#y">sources</a></p>
`,
        'import {define} from "./_observablehq/client.d10d8454.js";\n' +
          'registerFile("a", {"path":"./_file/a.json"});\nimport("./lazy.js");'
      ),
      "sources.html": ""
    });
    expect(missingReferences(dir)).toEqual([
      "index.html: ./_observablehq/client.d10d8454.js",
      "index.html: ./lazy.js",
      "index.html: ./_file/a.json",
      "index.html: ./static.png",
      "index.html: ./later",
      "index.html: ./image.svg",
      "index.html: ./external.js"
    ]);
  });
});
