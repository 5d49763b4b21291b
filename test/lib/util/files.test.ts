import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {listFiles} from "../../../src/lib/util/files.js";

describe("listFiles", () => {
  let dir: string;
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it("lists every file below a folder, relative to it and sorted, without the folders", () => {
    dir = mkdtempSync(join(tmpdir(), "wm-files-"));
    for (const file of ["b.html", "a/z.json", "a/b/c.txt", "index.html"]) {
      mkdirSync(join(dir, file, ".."), {recursive: true});
      writeFileSync(join(dir, file), "");
    }
    mkdirSync(join(dir, "empty"));
    expect(listFiles(dir)).toEqual(["a/b/c.txt", "a/z.json", "b.html", "index.html"]);
  });
});
