import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {headersFile, missingReferences, robots, sitemap, writeSiteFiles} from "../../../src/lib/publish/site.js";

const PAGES = ["404.html", "index.html", "stories/aston.html", "stories/index.html"];

describe("sitemap and robots.txt", () => {
  it("list every page but the 404 page with absolute clean URLs when the address is known", () => {
    const xml = sitemap(PAGES, {base: "/maps/", siteUrl: "https://example.org/maps/"});
    expect([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual(["https://example.org/maps/", "https://example.org/maps/stories/aston", "https://example.org/maps/stories/"]);
    expect(robots({base: "/maps/", siteUrl: "https://example.org/maps/"})).toContain("Sitemap: https://example.org/maps/sitemap.xml");
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
    expect(written).toEqual([".nojekyll", "robots.txt", "sitemap.xml", "_headers", "favicon.svg", "social-preview.png"]);
    expect(readFileSync(join(dir, "favicon.svg"), "utf8")).toBe("<svg/>");
    expect(readFileSync(join(dir, "sitemap.xml"), "utf8")).toContain("<loc>/</loc>");
  });

  it("writes each page's CSP, with frame-ancestors, as a header for its clean URL and file", () => {
    site({"stories/aston.html": "<script>go()</script>", "index.html": ""});
    const headers = headersFile(dir, {base: "/maps/", siteUrl: null});
    expect(headers).toMatch(/^\/maps\/\*\n  X-Content-Type-Options: nosniff\n/);
    expect(headers).toContain("/maps/stories/aston\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-");
    expect(headers).toContain("/maps/stories/aston.html\n  Content-Security-Policy:");
    expect(headers).toContain("/maps/\n  Content-Security-Policy: default-src 'self'; script-src 'self'; ");
    expect(headers.match(/frame-ancestors 'self'/g)?.length).toBe(4);
  });

  it("finds broken references, resolving clean URLs, the base path and the 404 page's <base>", () => {
    site({
      "index.html": '<a href="./stories/aston">ok</a> <a href="./stories/nope">broken</a> <img src="/maps/a.png"> <img src="/a.png">',
      "stories/aston.html": '<a href="../">home</a> <script type="module">import "../_import/x.js";</script>',
      "404.html": '<base href="/maps/"><a href="./stories/aston">ok from the root</a>',
      "a.png": ""
    });
    expect(missingReferences(dir, "/maps/")).toEqual(["index.html: ./stories/nope", "index.html: /a.png (outside the base path /maps/)", "stories/aston.html: ../_import/x.js"]);
  });
});
