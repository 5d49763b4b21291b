import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {canonicalHtml, compareDirs, compareDirsModuloSerialisation} from "../../../src/lib/publish/compare.js";

describe("compareDirs", () => {
  let dir: string;
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it("lists files missing on either side and files whose bytes differ", () => {
    dir = mkdtempSync(join(tmpdir(), "wm-compare-"));
    const write = (file: string, content: string) => {
      mkdirSync(join(dir, file, ".."), {recursive: true});
      writeFileSync(join(dir, file), content);
    };
    write("a/same.html", "x");
    write("b/same.html", "x");
    write("a/_file/data.json", "[1]");
    write("b/_file/data.json", "[2]");
    write("a/only-a.txt", "");
    write("b/only-b.txt", "");
    expect(compareDirs(join(dir, "a"), join(dir, "b"))).toEqual([
      "different bytes: _file/data.json",
      "only in the first build: only-a.txt",
      "only in the second build: only-b.txt"
    ]);
    expect(compareDirs(join(dir, "a"), join(dir, "a"))).toEqual([]);
  });
});

describe("canonicalHtml", () => {
  const page = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;

  it("ignores attribute order, style spacing, entity choice and self-closing foreign elements", () => {
    const jsdom = page(
      '<svg class="a" style="font-size: 13px;" width="2"><rect x="1"></rect></svg><p>&quot;A&#39;s&quot;</p>'
    );
    const linkedom = page('<svg width="2" style="font-size:13px" class="a"><rect x="1" /></svg><p>"A\'s"</p>');
    expect(canonicalHtml(linkedom)).toBe(canonicalHtml(jsdom));
  });

  it("sees a changed value, a moved element and changed text", () => {
    const base = canonicalHtml(page('<div id="a"><span>x</span><b>y</b></div>'));
    expect(canonicalHtml(page('<div id="b"><span>x</span><b>y</b></div>'))).not.toBe(base);
    expect(canonicalHtml(page('<div id="a"><b>y</b><span>x</span></div>'))).not.toBe(base);
    expect(canonicalHtml(page('<div id="a"><span>x</span><b>z</b></div>'))).not.toBe(base);
    expect(canonicalHtml(page('<div id="a" style="color: red"><span>x</span><b>y</b></div>'))).not.toBe(base);
  });
});

describe("compareDirsModuloSerialisation", () => {
  let dir: string;
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it("passes pages that only serialise alike differently, and still lists every other difference", () => {
    dir = mkdtempSync(join(tmpdir(), "wm-compare-"));
    const write = (file: string, content: string) => {
      mkdirSync(join(dir, file, ".."), {recursive: true});
      writeFileSync(join(dir, file), content);
    };
    write("a/page.html", '<p class="x" id="y">A &amp; B</p>');
    write("b/page.html", '<p id="y" class="x">A &#38; B</p>');
    write("a/changed.html", "<p>one</p>");
    write("b/changed.html", "<p>two</p>");
    write("a/data.json", "[1]");
    write("b/data.json", "[1] ");
    expect(compareDirsModuloSerialisation(join(dir, "a"), join(dir, "b"))).toEqual([
      "different bytes: changed.html",
      "different bytes: data.json"
    ]);
  });
});
