// Framework run as a few processes, each building a share of the generated pages, then merged.
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {describe, expect, it} from "vitest";
import {frameworkProcesses, mergeShards, shardPaths} from "../../../src/lib/publish/shards.js";

const write = (dir: string, file: string, text: string) => {
  mkdirSync(dirname(join(dir, file)), {recursive: true});
  writeFileSync(join(dir, file), text);
};
const page = (lastModified: number) =>
  `<script>registerFile("./a.json", {"path":"./_file/a.1.json","lastModified":${lastModified},"size":2});</script>`;

describe("build shards", () => {
  it("runs one Framework process per hundred pages, one per core, and at most two", () => {
    expect([34, 100, 101, 244].map((pages) => frameworkProcesses(pages, 2))).toEqual([1, 1, 2, 2]);
    expect(frameworkProcesses(244, 1)).toBe(1);
    expect(frameworkProcesses(900, 8)).toBe(2);
    expect(frameworkProcesses(0, 2)).toBe(1);
  });

  it("gives each process every n-th generated page, and all of them without a shard", () => {
    const paths = ["/stories/a", "/wards/b", "/wards/c", "/wards/d", "/wards/e"];
    expect(shardPaths(paths, {WM_BUILD_SHARD: "0/2"})).toEqual(["/stories/a", "/wards/c", "/wards/e"]);
    expect(shardPaths(paths, {WM_BUILD_SHARD: "1/2"})).toEqual(["/wards/b", "/wards/d"]);
    expect(shardPaths(paths, {})).toEqual(paths);
    for (const bad of ["2/2", "1", "a/b", "0/0"])
      expect(() => shardPaths(paths, {WM_BUILD_SHARD: bad}), bad).toThrow(/WM_BUILD_SHARD: .* is not <index>\/<count>/);
  });

  it("merges the shares; files both built must match but for Framework's file times", () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), "wm-shard-")), mkdtempSync(join(tmpdir(), "wm-shard-"))];
    write(a, "index.html", page(1));
    write(b, "index.html", page(2));
    write(a, "wards/x.html", "x");
    write(b, "wards/y.html", "y");
    write(b, "_import/enhance.1.js", "js");
    expect(mergeShards(a, [b])).toBe(2);
    expect(readFileSync(join(a, "wards/y.html"), "utf8")).toBe("y");
    expect(readFileSync(join(a, "index.html"), "utf8")).toBe(page(1));

    write(b, "_import/enhance.1.js", "other js");
    const c = mkdtempSync(join(tmpdir(), "wm-shard-"));
    write(c, "_import/enhance.1.js", "other js");
    expect(() => mergeShards(a, [c])).toThrow(/_import\/enhance.1.js: two Framework processes built it differently/);
  });
});
