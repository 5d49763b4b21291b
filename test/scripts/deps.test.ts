import {describe, expect, it} from "vitest";
import {pageImports, stubModule} from "../../scripts/deps.js";

const page = [
  "---",
  "title: A page",
  "---",
  "",
  'Prose that mentions import {x} from "./not-code.js" is not code.',
  "",
  "```js",
  'import * as Plot from "@observablehq/plot";',
  'import {figure} from "./components/figure.js";',
  "```",
  "",
  "```js echo",
  'const {h} = await import("/components/dom.js");',
  "```",
  "",
  "```sh",
  'import "./a-shell-block.js"',
  "```"
].join("\n");

describe("deps: page imports for dependency-cruiser", () => {
  it("reads the imports of a page's JavaScript blocks, static and dynamic, and nothing else", () => {
    expect(pageImports(page)).toEqual(["@observablehq/plot", "./components/figure.js", "/components/dom.js"]);
  });

  it("writes a stub that imports the same files from where the stub is, and packages as named", () => {
    const specifiers = [
      "./components/figure.js",
      "../lib/format.js",
      "/components/dom.js",
      "topojson-client",
      "npm:d3"
    ];
    const stub = stubModule(
      specifiers,
      "/p/src/wards/[slug].md",
      "/p/.build/page-imports/src/wards/[slug].md.ts",
      "/p/src"
    );
    expect(stub.split("\n")).toEqual([
      "// Written by scripts/deps.ts: the imports of src/wards/[slug].md",
      'import "../../../../src/wards/components/figure.js";',
      'import "../../../../src/lib/format.js";',
      'import "../../../../src/components/dom.js";',
      'import "topojson-client";',
      'import "npm:d3";',
      ""
    ]);
  });
});
