import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {PageMarkupError, parsePage} from "../../../src/lib/publish/dom.js";
import {
  pageDescription,
  pageUrlPath,
  rootPrefix,
  transformPage,
  withoutFileTimestamps
} from "../../../src/lib/publish/html.js";
import type {PublishOptions} from "../../../src/lib/publish/options.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/framework");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

/** A ward page as Framework 1.13.4 writes it, cut down; `main` is the page's Markdown as HTML. */
const frameworkPage = (
  main = "<p>Aston is a ward in Birmingham with &quot;young&quot; residents &amp; many families.</p>\n"
) => `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<meta name="generator" content="Observable Framework v1.13.4">
<title>Aston | West Midlands story maps</title>
<link rel="modulepreload" href="../_observablehq/client.d10d8454.js">
<script type="module">

import {define} from "../_observablehq/client.d10d8454.js";
import {registerFile} from "../_observablehq/stdlib.5532b554.js";

registerFile("./a.json", {"name":"./a.json","path":"../_file/a.1234abcd.json","lastModified":1795236171555,"size":10});

define({id: "1", body: () => {}});

</script>
</head>
<body>
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<label id="observablehq-sidebar-backdrop" for="observablehq-sidebar-toggle"></label>
<nav id="observablehq-sidebar">
  <ol>
    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
    <li class="observablehq-link"><a href="../">Home</a></li>
  </ol>
  <ol>
    <li class="observablehq-link"><a href="../sources">Sources</a></li>
  </ol>
</nav>
<script>{const e=document.querySelector("#observablehq-sidebar");e.scrollTop=0;}</script>
<div id="observablehq-center">
<main id="observablehq-main" class="observablehq">
${main}</main>
</div>
</body>
</html>
`;

const LOCAL: PublishOptions = {base: "/", siteUrl: null};
const ADDRESS: PublishOptions = {base: "/story-maps/", siteUrl: "https://example.org/story-maps/"};
const transform = (html: string, file = "wards/aston.html", options = LOCAL) => transformPage(html, {file, options});
const policyOf = (html: string) =>
  html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1] ?? "";

describe("transformPage on pages that Framework 1.13.4 built", () => {
  // The built site's wards/index.html and 404.html, before and after; a step that changes any other byte fails.
  for (const [name, file] of [
    ["wards-index", "wards/index.html"],
    ["404", "404.html"]
  ]) {
    it(`changes ${file} exactly as published, and only once`, () => {
      const published = fixture(`${name}.published.html`);
      expect(transform(fixture(`${name}.built.html`), file)).toBe(published);
      expect(transform(published, file)).toBe(published);
    });
  }
});

describe("transformPage", () => {
  const html = transform(frameworkPage(), "wards/aston.html", ADDRESS);

  it("sets the language, a zoomable viewport and a skip link before anything focusable", () => {
    expect(html).toContain('<html lang="en-GB">\n');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">\n');
    expect(html).not.toContain("maximum-scale");
    expect(html).toContain(
      '<body>\n<a class="wm-skip-link" href="#observablehq-main">Skip to main content</a>\n<input id="observablehq-'
    );
    expect(html).toContain('<main id="observablehq-main" tabindex="-1" class="observablehq">');
  });

  it("drops registerFile's build time and nothing else", () => {
    expect(html).toContain('"path":"../_file/a.1234abcd.json","size":10}');
    expect(html).not.toContain("lastModified");
    expect(withoutFileTimestamps('{"path":"./_file/a.json","lastModified":1795236171555,"size":10}')).toBe(
      '{"path":"./_file/a.json","size":10}'
    );
  });

  it("adds the header with its Menu button and the footer with links relative to the page", () => {
    expect(html).toContain(
      '<div id="observablehq-center">\n<header id="observablehq-header">\n<button type="button" class="wm-menu-button"'
    );
    expect(html).toContain('</main>\n<footer id="observablehq-footer">\n<div><nav class="wm-footer-pages"');
    expect(html).toContain('<li><a href="../">Home</a></li><li><a href="../stories/">Stories</a></li>');
    expect(html).toContain('<li><a href="./">Ward profiles</a></li>');
    const sidebar = /<input id="observablehq-sidebar-toggle"[^]*?(?=<div id="observablehq-center">)/;
    const noSidebar = transform(frameworkPage().replace(sidebar, ""));
    // A page without the sidebar is a figure framed on its own (an embed page): no header or footer.
    expect(noSidebar).not.toContain("observablehq-header");
    expect(noSidebar).not.toContain("observablehq-footer");
  });

  it("names the sidebar toggle and the sidebar's navigation, and keeps lists to list items", () => {
    expect(html).toContain('title="Toggle sidebar" aria-label="Show the list of pages">');
    expect(html).toContain(`<nav id="observablehq-sidebar" aria-label="Menu">
  <ol>
    <li class="observablehq-link"><a href="../">Home</a></li>
  </ol>
  <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
  <ol>`);
  });

  it("adds description, icon, canonical and social metadata with absolute URLs after the title", () => {
    expect(html).toContain(`<title>Aston | West Midlands story maps</title>
<meta name="description" content="Aston is a ward in Birmingham with &quot;young&quot; residents &amp; many families.">
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link rel="canonical" href="https://example.org/story-maps/wards/aston">
<meta property="og:type" content="website">
<meta property="og:site_name" content="West Midlands story maps">
<meta property="og:title" content="Aston">`);
    expect(html).toContain('<meta property="og:url" content="https://example.org/story-maps/wards/aston">');
    expect(html).toContain('<meta property="og:image" content="https://example.org/story-maps/social-preview.png">');
  });

  it("uses root-relative URLs and no canonical link when the site's address is not known", () => {
    const local = transform(frameworkPage(), "wards/aston.html", {base: "/maps/", siteUrl: null});
    expect(local).toContain('<meta property="og:image" content="/maps/social-preview.png">');
    expect(local).not.toMatch(/canonical|og:url/);
  });

  it("puts a CSP naming both of Framework's inline scripts by hash straight after <meta charset>", () => {
    expect(html).toMatch(
      /^<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security/
    );
    expect(policyOf(html)).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[^']+' 'sha256-[^']+'; style-src /);
    expect(policyOf(html)).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it("is idempotent", () => {
    expect(transform(html, "wards/aston.html", ADDRESS)).toBe(html);
  });

  it("replaces a language the page already has, keeping its other attributes", () => {
    expect(transform(frameworkPage().replace("<html>", '<html class="x" lang="fr">'))).toContain(
      '<html lang="en-GB" class="x">'
    );
  });

  it("gives the 404 page no skip link: its <base href> would send #observablehq-main to the home page", () => {
    const notFound = transform(
      frameworkPage().replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<base href="/">'),
      "404.html"
    );
    expect(notFound).not.toContain("wm-skip-link");
    expect(notFound).toContain('<main id="observablehq-main" class="observablehq">');
    expect(notFound).toContain('<link rel="icon" href="./favicon.svg" type="image/svg+xml">');
  });

  it("names Framework's table of contents, so each navigation landmark has its own name", () => {
    const toc = '<aside id="observablehq-toc" data-selector="h1:not(:first-of-type)[id]">\n<nav>\n<div>Contents</div>';
    const page = frameworkPage().replace('<div id="observablehq-center">', `<div id="observablehq-center">\n${toc}`);
    expect(transform(page)).toContain(
      '<aside id="observablehq-toc" data-selector="h1:not(:first-of-type)[id]">\n<nav aria-label="On this page">'
    );
  });

  it("keeps embed pages out of search engines' indexes, and only them", () => {
    const noindex = '<meta name="robots" content="noindex">';
    const embed = transform(frameworkPage(), "embed/wards--aston--crime.html");
    expect(embed).toContain(noindex);
    expect(transform(embed, "embed/wards--aston--crime.html").split(noindex)).toHaveLength(2);
    expect(html).not.toContain('name="robots"');
  });

  it("leaves a page without a sidebar as it is there", () => {
    const noSidebar = frameworkPage().replace(/<input id="observablehq-sidebar-toggle"[\s\S]*?<\/script>\n/, "");
    expect(transform(noSidebar)).not.toContain("observablehq-sidebar");
  });
});

describe("a page's description", () => {
  const description = (main: string, head = "") =>
    pageDescription(parsePage(frameworkPage(main).replace("</title>", `</title>${head}`), "a.html"), 50);

  it("is the page's own <meta name=description>, copied as written", () => {
    expect(
      description(
        "<p>A long enough first paragraph of text.</p>",
        '<meta name="description" content="Own &amp; &#39;only&#39;">'
      )
    ).toBe("Own &amp; &#39;only&#39;");
    expect(
      transform(frameworkPage().replace("</title>", '</title>\n<meta name="description" content="Own">'))
    ).not.toMatch(/<meta name="description" content="Aston/);
  });

  it("else the first plain paragraph's text that is there before JavaScript runs, entities kept", () => {
    const main = `<p class="lead">A paragraph with a class is not plain enough.</p>
<p>Shades the <observablehq-loading></observablehq-loading><!--:4c9fa857:--> areas, which the browser fills in.</p>
<p>Short.</p>
<noscript><p>Only for readers without JavaScript, so not a description.</p></noscript>
<p>The <a href="./x">first</a>   plain &lt;paragraph&gt; of
text.</p>`;
    expect(description(main)).toBe("The first plain &lt;paragraph&gt; of text.");
  });

  it("is cut at a word to its length, else the site's description", () => {
    expect(description(`<p>${"word ".repeat(100)}</p>`)).toMatch(/^(word ){8}word…$/);
    expect(description("<h1>Nothing</h1>")).toMatch(/^Place-based story maps/);
  });
});

describe("a page that lacks what the steps need stops the build, naming the page and the element", () => {
  const failure = (html: string) => {
    try {
      transform(html);
    } catch (error) {
      expect(error).toBeInstanceOf(PageMarkupError);
      return (error as Error).message;
    }
    throw new Error("transformPage did not fail");
  };
  const cases: [string, (html: string) => string, RegExp][] = [
    [
      "no <html> tag",
      (html) => html.replace("<html>\n", "").replace("</html>\n", ""),
      /^wards\/aston\.html: no <html> tag to set the language on/
    ],
    [
      "no <head> tag",
      (html) => html.replace("<head>\n", "").replace("</head>\n", ""),
      /^wards\/aston\.html: no <head> tag/
    ],
    [
      "no viewport",
      (html) => html.replace(/<meta name="viewport"[^>]*>\n/, ""),
      /^wards\/aston\.html: no <meta name="viewport"> in <head> to let readers zoom/
    ],
    [
      "no <body> tag",
      (html) => html.replace("<body>\n", "").replace("</body>\n", ""),
      /^wards\/aston\.html: no <body> tag to put the skip link in/
    ],
    [
      "no main element",
      (html) =>
        html.replace('<main id="observablehq-main"', '<div id="observablehq-main"').replace("</main>", "</div>"),
      /^wards\/aston\.html: no <main id="observablehq-main"> for the skip link to lead to/
    ],
    [
      "a main element under another id",
      (html) => html.replace('id="observablehq-main"', 'id="main"'),
      /no <main id="observablehq-main">/
    ],
    [
      "no sidebar toggle",
      (html) => html.replace(/<input id="observablehq-sidebar-toggle"[^>]*>\n/, ""),
      /no <input id="observablehq-sidebar-toggle"> to give the sidebar's toggle a name/
    ],
    [
      "no sidebar close label",
      (html) => html.replace(/<label id="observablehq-sidebar-close"[^>]*><\/label>\n/, ""),
      /no <label id="observablehq-sidebar-close">/
    ],
    [
      "the close label outside the sidebar's lists",
      (html) => html.replace("  <ol>\n    <label", "  <div>\n    <label").replace("</li>\n  </ol>", "</li>\n  </div>"),
      /the sidebar's close <label> is neither in one of the sidebar's lists nor after it/
    ],
    [
      "no <title>",
      (html) => html.replace(/<title>.*<\/title>\n/, ""),
      /^wards\/aston\.html: no <title> in <head> to put the page's metadata after/
    ],
    [
      "no <meta charset>",
      (html) => html.replace('<meta charset="utf-8">\n', ""),
      /^wards\/aston\.html: no <meta charset> in <head> to put the Content-Security-Policy after/
    ]
  ];
  for (const [name, change, message] of cases) {
    it(name, () => {
      const html = change(frameworkPage());
      expect(html).not.toBe(frameworkPage());
      expect(failure(html)).toMatch(message);
      expect(failure(html)).toContain("has Observable Framework's page markup changed?");
    });
  }
});

describe("map files to clean URLs and root prefixes", () => {
  it("for every kind of page", () => {
    expect(["index.html", "stories/index.html", "stories/aston.html", "404.html"].map(pageUrlPath)).toEqual([
      "",
      "stories/",
      "stories/aston",
      "404"
    ]);
    expect(["index.html", "stories/aston.html", "a/b/c.html"].map(rootPrefix)).toEqual(["./", "../", "../../"]);
  });
});
