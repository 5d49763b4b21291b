import {describe, expect, it, vi} from "vitest";
import type {Model} from "../../../src/lib/model/model.js";

/** The model, the Sources class and the fixture from a fresh module graph: an empty parse cache. */
async function freshModules() {
  vi.resetModules();
  const {loadModel} = await import("../../../src/lib/model/model.js");
  const {Sources} = await import("../../../src/lib/sources/index.js");
  const fixture = await import("../../fixtures/sources.js");
  const table = vi.spyOn(Sources.prototype, "table");
  const features = vi.spyOn(Sources.prototype, "features");
  const parsed = () => [...table.mock.calls, ...features.mock.calls].map(([path]) => path);
  return {loadModel, parsed, ...fixture};
}

/** Reads every part of a model, as the loaders together do. */
const readAll = (model: Model) => Object.keys(model).map((part) => model[part as keyof Model]);

describe("loadModel", () => {
  it("parses each file once, and a second model of the same files parses nothing again", async () => {
    const {loadModel, parsed, fixtureSources} = await freshModules();
    readAll(loadModel(fixtureSources()));
    const first = parsed();
    expect(first).toContain("lookups/lsoa21_ward25_lad25.csv");
    expect(first).toContain("boundaries/lsoa21.geojson");
    expect(new Set(first).size).toBe(first.length);
    readAll(loadModel(fixtureSources())); // another Sources instance over the same files
    expect(parsed()).toEqual(first);
  });

  it("is one model per Sources, each part built on first read", async () => {
    const {loadModel, parsed, fixtureSources} = await freshModules();
    const sources = fixtureSources();
    const model = loadModel(sources);
    expect(loadModel(sources)).toBe(model);
    expect(parsed()).toEqual([]);
    expect(model.lsoas).toHaveLength(4);
    expect(model.lsoas).toBe(model.lsoas);
    // The LSOA table needs neither the boundaries nor the England-wide files.
    expect(parsed().filter((path) => path.startsWith("boundaries/") || path.includes("england"))).toEqual([]);
  });

  it("keys the England summary and the topology by exactly the files they are made from", async () => {
    const {loadModel, fixtureSources} = await freshModules();
    const {ENGLAND_SOURCES} = await import("../../../src/lib/model/model.js");
    const {GEOGRAPHY_SOURCES} = await import("../../../src/lib/model/geography.js");
    const filesRead = (part: keyof Model) => {
      const sources = fixtureSources();
      void loadModel(sources)[part];
      return sources
        .used()
        .map((e) => e.path)
        .sort();
    };
    expect(filesRead("england")).toEqual([...ENGLAND_SOURCES].sort());
    expect(filesRead("topology")).toEqual([...GEOGRAPHY_SOURCES].sort());
    expect(GEOGRAPHY_SOURCES).toContain("boundaries/lsoa21.geojson");
  });

  it("reads a file again when it changes with its manifest entry, and never serves the old rows", async () => {
    const {loadModel, fixtureSources, fixtureSourcesWith} = await freshModules();
    expect(loadModel(fixtureSources()).lsoas[0].population).toBe(1000);
    const edited = fixtureSourcesWith((t) => {
      t["lookups/lsoa21_msoa21_ward25_pop2024.csv"] = (t["lookups/lsoa21_msoa21_ward25_pop2024.csv"] as string).replace(
        "E01000001,50,1000,",
        "E01000001,50,1500,"
      );
    });
    expect(loadModel(edited).lsoas[0].population).toBe(1500);
  });

  it("stops with a checksum error when a file already parsed has changed on disk but not in the manifest", async () => {
    const {loadModel, fixtureSources, makeFixture} = await freshModules();
    const {Sources, memoryFiles} = await import("../../../src/lib/sources/index.js");
    void loadModel(fixtureSources()).places;
    const {dir, files} = makeFixture({edit: (t) => void (t["lookups/lsoa21_ward25_lad25.csv"] += "\n")});
    expect(() => loadModel(new Sources(dir, memoryFiles(files))).places).toThrow(
      /lsoa21_ward25_lad25\.csv: the file has changed/
    );
  });

  it("joins the model's parts from the fixture", async () => {
    const {loadModel, fixtureSources} = await freshModules();
    const model = loadModel(fixtureSources());
    expect(model.places.map((p) => [p.lsoa21cd, p.ward25nm, p.lad25nm])).toEqual([
      ["E01000001", "North Ward", "Birmingham"],
      ["E01000002", "North Ward", "Birmingham"],
      ["E01000003", "North Ward", "Birmingham"],
      ["E01000004", "South & East", "Coventry"]
    ]);
    expect(model.areas.map((a) => `${a.level} ${a.code}`)).toEqual([
      "msoa E02000001",
      "msoa E02000002",
      "ward E05000001",
      "ward E05000002",
      "district E08000025",
      "district E08000026",
      "region E47000007"
    ]);
    // Each fixture LSOA has 10 residents aged 5 and 20 aged 30, on unchanged (U) 2011 LSOAs.
    expect(model.ages.get("E01000004")?.filter((n) => n > 0)).toEqual([10, 20]);
    expect(model.iod2019.get("E01000001")).toEqual({decile: 2, rank: 90});
    expect(model.lsoa11To21.map((l) => l.change_code)).toEqual(["U", "U", "U", "U"]);
    expect(Object.keys(model.topology.objects).sort()).toEqual(["district", "lsoa", "msoa", "ward"]);
    expect(model.sna.keyFigures.map((r) => r.id)).toEqual(["knife_2019", "vwi_rate_bhm_2019"]);
    expect(model.districtSummaries.map((d) => d.name)).toEqual(["Birmingham", "Coventry"]);
  });
});
