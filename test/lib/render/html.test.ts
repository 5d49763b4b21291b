import {serverDocument} from "../../../src/lib/render/serverDocument.js";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {html, htmlLines, renderNarrative, toHtml, type HtmlValue} from "../../../src/lib/render/html.js";
import {parseSteps} from "../../../src/lib/content/steps.js";
import {stepsMarkdown} from "../../fixtures/steps.js";

const HOSTILE = `T </noscript><script>alert(1)</script> & "quoted" 'single'`;

/** The markup as a browser reads it: the body of a parsed page. */
const parsed = (markup: unknown) => new JSDOM(`<!DOCTYPE html><body>${markup}`).window.document.body;

describe("html", () => {
  it("escapes text between tags", () => {
    const markup = String(html`<p>${HOSTILE}</p>`);
    expect(markup).toBe(
      "<p>T &#60;/noscript&#62;&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quoted&#34; &#39;single&#39;</p>"
    );
    expect(parsed(markup).querySelector("script")).toBeNull();
    expect(parsed(markup).querySelector("p")?.textContent).toBe(HOSTILE);
  });

  it("keeps a value inside its quoted attribute, with either quote", () => {
    const value = `x" onmouseover="alert(1)`;
    const body = parsed(html`<a href="${value}" title='${HOSTILE}'>link</a>`);
    const a = body.querySelector("a")!;
    expect(a.getAttribute("href")).toBe(value);
    expect(a.getAttribute("title")).toBe(HOSTILE);
    expect(a.getAttributeNames()).toEqual(["href", "title"]);
  });

  it("keeps an attribute inside <noscript> from closing it", () => {
    // A browser with scripting on reads <noscript> as raw text up to "</noscript>", wherever it is.
    const markup = String(html`<noscript><svg aria-label="${HOSTILE}"></svg></noscript>`);
    expect(markup).not.toMatch(/<\/noscript>(?!$)|<script/);
    const dom = new JSDOM(`<!DOCTYPE html><body>${markup}`, {runScripts: "outside-only"});
    expect(dom.window.document.querySelectorAll("script")).toHaveLength(0);
  });

  it("refuses a value in an unquoted attribute, where escaping cannot keep it in", () => {
    expect(() => html`<a href=${"x onclick=alert(1)"}>`).toThrow("quote the attribute");
  });

  it("keeps nested templates and trusted markup as they are, escaped once", () => {
    const inner = html`<b>${"a & b"}</b>`;
    expect(String(html`<p>${inner}</p>`)).toBe("<p><b>a &#38; b</b></p>");
    expect(String(html`<p>${html`<i>${inner}</i>`}</p>`)).toBe("<p><i><b>a &#38; b</b></i></p>");
  });

  it("joins arrays, escaping strings and keeping markup, and renders nothing for null, undefined and false", () => {
    const items: HtmlValue[] = ["<1>", html`<li>two</li>`, ["<3>", html`<li>four</li>`], null, undefined, false, 5];
    expect(String(html`<ul>${items}</ul>`)).toBe("<ul>&#60;1&#62;<li>two</li>&#60;3&#62;<li>four</li>5</ul>");
    expect(String(html`<p>${null}${undefined}${false}</p>`)).toBe("<p></p>");
  });

  it("puts parts one to a line", () => {
    expect(String(htmlLines([html`<p>a</p>`, "<b>", html`<p>c</p>`]))).toBe("<p>a</p>\n&#60;b&#62;\n<p>c</p>");
  });

  it("is inert for Framework: no $ or backtick, and no blank line to end the HTML block", () => {
    const markup = String(html`<div>\n${"${1 + 1} costs $5 `code`\n\n  \nmore"}\n\n</div>`);
    expect(markup).toBe("<div>\n&#36;{1 + 1} costs &#36;5 &#96;code&#96;\nmore\n</div>");
  });
});

describe("trusted markup", () => {
  it("renders editors' Markdown with their HTML shown as text", () => {
    const steps = parseSteps("s.md", stepsMarkdown({people: '\n<img src=x onerror="alert(1)"> costs $5\n'}));
    const markup = String(renderNarrative(steps[2].narrative.flatMap((p) => (p.kind === "markdown" ? p.tokens : []))));
    expect(parsed(markup).querySelector("img")).toBeNull();
    expect(markup).toContain("&lt;img src=x onerror=“alert(1)”&gt; costs &#36;5");
  });

  it("keeps an element's serialisation, with &, < and > in attributes escaped too", () => {
    const document = serverDocument();
    const svg = document.createElement("svg");
    svg.setAttribute("aria-label", HOSTILE);
    svg.textContent = HOSTILE;
    const markup = String(html`<figure>${toHtml(svg)}</figure>`);
    expect(markup).not.toMatch(/<\/?(no)?script/);
    expect(markup).toContain(
      'aria-label="T &lt;/noscript&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;'
    );
    expect(parsed(markup).querySelector("svg")?.getAttribute("aria-label")).toBe(HOSTILE);
  });

  it("leaves text and style sheets as the serialiser wrote them", () => {
    const document = serverDocument();
    const figure = document.createElement("figure");
    figure.innerHTML = '<style>.plot > text { fill: red }</style><p title="a > b &amp;copy;">1 < 2</p>';
    expect(String(toHtml(figure))).toBe(
      '<figure><style>.plot > text { fill: red }</style><p title="a &gt; b &amp;copy;">1 &lt; 2</p></figure>'
    );
  });
});

describe("HTML in src", () => {
  // Escaping by hand is what let a title close a <noscript>: markup is made only by render/html.ts.
  it("has no hand-called escaping outside render/html.ts", () => {
    const root = join(import.meta.dirname, "../../../src");
    const files = readdirSync(root, {recursive: true, encoding: "utf8"}).filter(
      (f) => /\.(ts|js)$/.test(f) && !f.startsWith(".observablehq") && f !== join("lib", "render", "html.ts")
    );
    const offenders = files.filter((f) => /\bescapeHtml\b|\binert\(/.test(readFileSync(join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
