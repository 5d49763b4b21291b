import {describe, expect, it, vi} from "vitest";
import {readOnce} from "../../../src/lib/inputs/cache.js";
import {memoryFiles, SourceError, Sources} from "../../../src/lib/sources/index.js";
import {fixtureSources, fixtureSourcesWith, makeFixture} from "../../fixtures/sources.js";

const PATH = "sna/vru_funding_2019_20.csv";
const what = () => `test ${Math.random()}`; // a key no other test has filled

describe("readOnce", () => {
  it("reads once for the same files, across Sources instances", () => {
    const key = what();
    const read = vi.fn(() => ({rows: 1}));
    const first = readOnce(fixtureSources(), key, [PATH], read);
    expect(readOnce(fixtureSources(), key, [PATH], read)).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("reads again when a file's content (and so its checksum) differs", () => {
    const key = what();
    const read = vi.fn(() => ({}));
    readOnce(fixtureSources(), key, [PATH], read);
    readOnce(
      fixtureSourcesWith((t) => void (t[PATH] += "Wales,1,2019/20,Fixture\n")),
      key,
      [PATH],
      read
    );
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("checks every file against the manifest first, even when the value is cached", () => {
    const key = what();
    readOnce(fixtureSources(), key, [PATH], () => 1);
    const {dir, files} = makeFixture({edit: (t) => void (t[PATH] += "\n")});
    const changed = new Sources(dir, memoryFiles(files));
    expect(() => readOnce(changed, key, [PATH], () => 2)).toThrowError(SourceError);
    expect(changed.used()).toEqual([]);
  });

  it("records the files it was asked about as used, so provenance stays complete", () => {
    const sources = fixtureSources();
    readOnce(sources, what(), [PATH, "sna/key_figures.csv"], () => 1);
    expect(sources.used().map((e) => e.path)).toEqual([PATH, "sna/key_figures.csv"]);
  });

  it("keeps nothing when the read fails, so the error comes again", () => {
    const key = what();
    const read = vi.fn(() => {
      throw new Error("bad row");
    });
    expect(() => readOnce(fixtureSources(), key, [PATH], read)).toThrow("bad row");
    expect(() => readOnce(fixtureSources(), key, [PATH], read)).toThrow("bad row");
    expect(read).toHaveBeenCalledTimes(2);
  });
});
