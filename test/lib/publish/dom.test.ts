import {describe, expect, it} from "vitest";
import {
  Edits,
  findElement,
  innerRange,
  outerRange,
  PageMarkupError,
  parsePage,
  requireElement,
  sourceAttribute,
  afterAttributes,
  afterTagName
} from "../../../src/lib/publish/dom.js";

const HTML = `<!DOCTYPE html><html><head>
<meta name=a content='It&#39;s "x"'><meta name=b content=plain></head>
<body><input id=t type=checkbox/><input id="u" checked /><p>One &amp; two</p>
<template><i>inert</i></template></body></html>`;
const page = parsePage(HTML, "a.html");
const byName = (name: string) => findElement(page.document, (e) => e.attrs.some((a) => a.value === name))!;

describe("a parsed page", () => {
  it("gives attribute values as written, whatever the quotes", () => {
    expect(sourceAttribute(page, byName("a"), "content")).toBe(`It&#39;s "x"`);
    expect(sourceAttribute(page, byName("b"), "content")).toBe("plain");
    expect(sourceAttribute(page, byName("b"), "lang")).toBeUndefined();
  });

  it("knows where each element and its content are in the source", () => {
    const p = findElement(page.document, (e) => e.tagName === "p")!;
    const {start, end} = outerRange(p);
    expect(HTML.slice(start, end)).toBe("<p>One &amp; two</p>");
    expect(HTML.slice(innerRange(p).start, innerRange(p).end)).toBe("One &amp; two");
    expect(HTML.slice(0, afterAttributes(byName("t")))).toMatch(/<input id=t type=checkbox\/$/);
    expect(HTML.slice(0, afterAttributes(byName("u")))).toMatch(/<input id="u" checked$/);
    expect(HTML.slice(0, afterTagName(byName("u")))).toMatch(/<input$/);
  });

  it("leaves <template> contents out of its elements", () => {
    expect(findElement(page.document, (e) => e.tagName === "i")).toBeUndefined();
  });

  it("counts an element the parser had to make up as missing, and says which page lacks it", () => {
    const bare = parsePage("<title>x</title><p>no html, head or body tags</p>", "b.html");
    expect(findElement(bare.document, (e) => e.tagName === "body")).toBeDefined();
    expect(() => requireElement(bare, (e) => e.tagName === "body", "<body> tag", "for a test")).toThrow(
      PageMarkupError
    );
    expect(() => requireElement(bare, (e) => e.tagName === "body", "<body> tag", "for a test")).toThrow(
      /^b\.html: no <body> tag for a test/
    );
  });
});

describe("edits", () => {
  it("are made at the parsed offsets, whatever order they come in, insertions before removals at one place", () => {
    const edits = new Edits().replace({start: 4, end: 5}, "E").insert(0, "<").remove({start: 1, end: 3}).insert(1, "[");
    expect(edits.apply("abcdef")).toBe("<a[dEf");
    expect(edits.apply("abcdef", {start: 3, end: 6})).toBe("dEf");
  });

  it("must not overlap", () => {
    expect(() => new Edits().remove({start: 0, end: 3}).remove({start: 2, end: 4}).apply("abcdef")).toThrow(
      /overlapping/
    );
  });
});
