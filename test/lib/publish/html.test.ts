import {createHash} from "node:crypto";
import {describe, expect, it} from "vitest";
import {contentSecurityPolicy, inlineScriptHashes, pageDescription, pageUrlPath, rootPrefix, transformPage, withAccessibleSidebar, withoutFileTimestamps} from "../../../src/lib/publish/html.js";

const FRAMEWORK_PAGE = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Aston | West Midlands story maps</title>
<link rel="icon" href="data:,">
<script type="module">
registerFile("./data/a.json", {"name":"./data/a.json","path":"../_file/data/a.1234abcd.json","lastModified":1795236171555,"size":10});
</script>
</head>
<body>
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<nav id="observablehq-sidebar">
  <ol>
    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
    <li class="observablehq-link"><a href="../">Home</a></li>
  </ol>
  <ol>
    <li class="observablehq-link"><a href="../sources">Sources</a></li>
  </ol>
</nav>
<script>{sidebar()}</script>
<div id="observablehq-center">
<main id="observablehq-main" class="observablehq">
<p>Shades the <observablehq-loading></observablehq-loading><!--:4c9fa857:--> areas.</p>
<p>Aston is a ward in Birmingham with "young" residents &amp; many families.</p>
</main>
</div>
</body>
</html>`;

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("transformPage", () => {
  const options = {base: "/story-maps/", siteUrl: "https://example.org/story-maps/"};
  const html = transformPage(FRAMEWORK_PAGE, {file: "wards/aston.html", options});

  it("sets the language, a zoomable viewport and a skip link before anything focusable", () => {
    expect(html).toContain('<html lang="en-GB">');
    expect(html).not.toContain("maximum-scale");
    expect(html.indexOf('class="wm-skip-link" href="#observablehq-main"')).toBeLessThan(html.indexOf("observablehq-sidebar-toggle"));
    expect(html).toContain('<main id="observablehq-main" tabindex="-1"');
  });

  it("adds description, icon, canonical and social metadata with absolute URLs", () => {
    expect(html).toContain('<meta name="description" content="Aston is a ward in Birmingham with &quot;young&quot; residents &amp; many families.">');
    expect(html).toContain('<link rel="icon" href="../favicon.svg" type="image/svg+xml">');
    expect(html).not.toContain('href="data:,"');
    expect(html).toContain('<link rel="canonical" href="https://example.org/story-maps/wards/aston">');
    expect(html).toContain('<meta property="og:title" content="Aston">');
    expect(html).toContain('<meta property="og:image" content="https://example.org/story-maps/social-preview.png">');
  });

  it("puts a CSP naming every inline script by hash before the first script", () => {
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1] ?? "";
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    for (const [, body] of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) expect(csp).toContain(sha(body));
    expect(csp).toMatch(/script-src 'self' 'sha256-[^']+' 'sha256-[^']+'; /);
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it("is idempotent", () => {
    expect(transformPage(html, {file: "wards/aston.html", options})).toBe(html);
  });
});

describe("page transforms", () => {
  it("drop registerFile's build time and nothing else", () => {
    expect(withoutFileTimestamps('{"path":"./_file/a.json","lastModified":1795236171555,"size":10}')).toBe('{"path":"./_file/a.json","size":10}');
  });

  it("give the sidebar toggle a name and keep lists to list items", () => {
    const html = withAccessibleSidebar(FRAMEWORK_PAGE);
    expect(html).toContain('aria-label="Show the list of pages"');
    expect(html).toMatch(/<nav id="observablehq-sidebar">\s*<ol>\s*<li/);
    expect(html).toMatch(/<\/ol>\s*<label id="observablehq-sidebar-close"/);
  });

  it("hash inline scripts only", () => {
    expect(inlineScriptHashes('<script src="./a.js"></script><script>x()</script><script type="module">y()</script>')).toEqual([sha("x()"), sha("y()")].sort());
  });

  it("add frame-ancestors only to the header form of the policy", () => {
    expect(contentSecurityPolicy([])).not.toContain("frame-ancestors");
    expect(contentSecurityPolicy([], {header: true})).toContain("frame-ancestors 'self'");
  });

  it("prefer a page's own description and fall back to the site's", () => {
    expect(pageDescription('<meta name="description" content="Own"><main><p>A long enough first paragraph of text.</p></main>')).toBe("Own");
    expect(pageDescription("<main><h1>Nothing</h1></main>")).toMatch(/^Place-based story maps/);
    expect(pageDescription(`<main><p>${"word ".repeat(100)}</p></main>`, 50)).toMatch(/^(word ){8}word…$/);
  });

  it("map files to clean URLs and root prefixes", () => {
    expect(["index.html", "stories/index.html", "stories/aston.html", "404.html"].map(pageUrlPath)).toEqual(["", "stories/", "stories/aston", "404"]);
    expect(["index.html", "stories/aston.html", "a/b/c.html"].map(rootPrefix)).toEqual(["./", "../", "../../"]);
  });
});
