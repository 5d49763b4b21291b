import {createHash} from "node:crypto";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {contentSecurityPolicy, inlineScriptHashes} from "../../../src/lib/publish/csp.js";
import {PageMarkupError, parsePage} from "../../../src/lib/publish/dom.js";
import {transformPage} from "../../../src/lib/publish/html.js";

const sha = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

const PAGE_MODULE = '\n\nimport "../_observablehq/client.d10d8454.js";\n\n';
const SIDEBAR_SCRIPT = '{const e=document.querySelector("#observablehq-sidebar");}';

/** A page with Framework's two inline scripts; `head` and `main` add markup. */
const page = ({head = "", main = ""} = {}) => `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Heath Town | West Midlands story maps</title>${head}
<script type="module">${PAGE_MODULE}</script>
</head>
<body>
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<nav id="observablehq-sidebar">
  <ol>
    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
  </ol>
</nav>
<script>${SIDEBAR_SCRIPT}</script>
<div id="observablehq-center">
<main id="observablehq-main" class="observablehq">
<p>Heath Town is an estate in Wolverhampton.</p>
${main}</main>
</div>
</body>
</html>
`;

const FRAMEWORK_HASHES = [sha(PAGE_MODULE), sha(SIDEBAR_SCRIPT)].sort();
const hashes = (html: string) => inlineScriptHashes(parsePage(html, "stories/heath-town.html"));
const ALERT = "alert(1)";

describe("inline script hashes", () => {
  it("name Framework's page module and sidebar script, and no script with a src", () => {
    expect(hashes(page({head: '\n<script type="module" src="../_import/a.js"></script>'}))).toEqual(FRAMEWORK_HASHES);
  });

  it("name the 404 page's redirect, which Framework writes before its module", () => {
    const notFound = readFileSync(join(import.meta.dirname, "../../fixtures/framework/404.built.html"), "utf8");
    expect(inlineScriptHashes(parsePage(notFound, "404.html"))).toHaveLength(3);
  });

  it("never name script-like text in an attribute, a <noscript> or a <template>", () => {
    for (const main of [
      `<p title="<script>${ALERT}</script>">x</p>`,
      `<noscript><script>${ALERT}</script></noscript>`,
      `<noscript><svg aria-label="T &lt;/noscript&gt;&lt;script&gt;${ALERT}&lt;/script&gt;"></svg></noscript>`,
      `<template><script>${ALERT}</script></template>`
    ]) {
      expect(hashes(page({main}))).toEqual(FRAMEWORK_HASHES);
    }
  });

  it("never name a script that a story title smuggles out of a <noscript>: the build stops instead", () => {
    // The title is in an attribute, but a browser running JavaScript reads <noscript> as raw text, so
    // its first "</noscript>" ends the element and the <script> after it is real.
    const title = `T </noscript><script>${ALERT}</script>`;
    const html = page({main: `<noscript><svg role="img" aria-label="${title}"></svg></noscript>\n`});
    expect(() => hashes(html)).toThrow(PageMarkupError);
    expect(() => hashes(html)).toThrow(
      'stories/heath-town.html: an inline <script> on line 24 ("alert(1)") is not one of Framework\'s own (its page ' +
        "module, an embed page's script, the 404 page's redirect, its sidebar script), so the " +
        "Content-Security-Policy would have to let it run; put the code in a ```js block or a module under src/"
    );
    expect(() => transformPage(html, {file: "stories/heath-town.html", options: {base: "/", siteUrl: null}})).toThrow(
      PageMarkupError
    );
  });

  it("stop the build for any inline script a developer adds, wherever it is", () => {
    for (const extra of [
      {main: `<script>${ALERT}</script>`},
      {main: `<script type="module">import "../_observablehq/client.d10d8454.js"; ${ALERT}</script>`},
      {main: `<svg><script>${ALERT}</script></svg>`},
      {head: `\n<script>${ALERT}</script>`},
      {head: `\n<script type="module">${ALERT}</script>`},
      {head: '\n<script type="application/json">{"a": 1}</script>'}
    ]) {
      expect(() => hashes(page(extra)), JSON.stringify(extra)).toThrow(
        /is not one of Framework's own \(.*\), so the Content-Security-Policy would have to let it run; put the/
      );
    }
  });

  it("stop the build for a script after the sidebar that is not Framework's", () => {
    expect(() =>
      hashes(page().replace(`<script>${SIDEBAR_SCRIPT}`, `<script type="module">${SIDEBAR_SCRIPT}`))
    ).toThrow(/line 20/);
  });
});

describe("the Content-Security-Policy", () => {
  it("adds frame-ancestors only to the header form", () => {
    expect(contentSecurityPolicy([])).not.toContain("frame-ancestors");
    expect(contentSecurityPolicy([], {header: true})).toContain("frame-ancestors 'self'");
    expect(contentSecurityPolicy([], {header: true, embeddable: true})).toMatch(/; frame-ancestors \*$/);
  });

  it("goes in a <meta> straight after <meta charset>, replacing an older one, with the scripts as published", () => {
    const withModule = page().replace(
      PAGE_MODULE,
      `${PAGE_MODULE}registerFile("a", {"path":"./a.json","lastModified":1795236171555});\n`
    );
    const html = transformPage(
      withModule.replace(
        '<meta charset="utf-8">',
        '<meta charset="utf-8">\n<meta http-equiv="content-security-policy" content="default-src *">'
      ),
      {
        file: "stories/heath-town.html",
        options: {base: "/", siteUrl: null}
      }
    );
    const published = `${PAGE_MODULE}registerFile("a", {"path":"./a.json"});\n`;
    const policy = contentSecurityPolicy([sha(published), sha(SIDEBAR_SCRIPT)].sort());
    expect(html).toContain(`<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${policy}">\n`);
    expect(html).not.toContain("default-src *");
  });
});
