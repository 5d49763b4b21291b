import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {compareDirs} from "../../../src/lib/publish/compare.js";

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
