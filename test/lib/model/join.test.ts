import {describe, expect, it} from "vitest";
import {readLsoaLookup, readWardLookup} from "../../../src/lib/inputs/lookups.js";
import {SOURCE_PATHS} from "../../../src/lib/inputs/paths.js";
import {wardDisagreements} from "../../../src/lib/model/join.js";
import {loadModel} from "../../../src/lib/model/model.js";
import {SourceError, type Sources} from "../../../src/lib/sources/index.js";
import {fixtureSources, fixtureSourcesWith} from "../../fixtures/sources.js";

const lsoaRecords = (sources: Sources) => loadModel(sources).lsoas;

describe("the joined LSOA table", () => {
  it("joins IoD2025 domains, sub-domains and indicators to geography, names and population", () => {
    const rows = lsoaRecords(fixtureSources());
    expect(rows).toHaveLength(4);
    expect(rows[3]).toMatchObject({
      lsoa21cd: "E01000004",
      lsoa21nm: "Beta 002B",
      msoa21cd: "E02000002",
      msoa21nm: "Riverside & Mill",
      ward25cd: "E05000002",
      ward25nm: "South & East",
      lad25cd: "E08000026",
      lad25nm: "Coventry",
      population: 2000,
      imd_score: 20,
      imd_decile: 4,
      imd_rank: 400,
      income_score: 0.2,
      cyp_score: 0.4,
      cyp_decile: 4,
      violence_with_injury: null,
      public_order_weapons: 2,
      anti_social_behaviour: 8,
      idaci_numerator: 103
    });
  });

  it("fails when an indicator row is missing for an LSOA, naming both files", () => {
    const sources = fixtureSourcesWith((t) => {
      t[SOURCE_PATHS.indicators] = (t[SOURCE_PATHS.indicators] as string).replace(/E01000003,[^\n]*\n/, "");
    });
    expect(() => lsoaRecords(sources)).toThrowError(SourceError);
    expect(() => lsoaRecords(sources)).toThrowError(
      "deprivation/iod2025_lsoa21_indicators.csv: no row for E01000003, " +
        "which deprivation/iod2025_lsoa21_domains.csv lists on line 4 — " +
        "the files must cover the same LSOAs: use the editions listed in manifest.json"
    );
  });

  it("takes the ward from ONS's best-fit lookup and reports where the other lookup differs", () => {
    const sources = fixtureSourcesWith((t) => {
      t[SOURCE_PATHS.lookup] = (t[SOURCE_PATHS.lookup] as string).replace(
        "E01000003,40,2000,E02000002,E05000001",
        "E01000003,40,2000,E02000002,E05000002"
      );
    });
    expect(lsoaRecords(sources).find((r) => r.lsoa21cd === "E01000003")?.ward25cd).toBe("E05000001");
    expect(wardDisagreements(readLsoaLookup(sources), readWardLookup(sources))).toEqual([
      {lsoa: "E01000003", ward: "E05000001", otherWard: "E05000002"}
    ]);
  });
});

describe("LSOA names", () => {
  it("come from the LSOA 2011 → 2021 lookup, not the boundaries", () => {
    const sources = fixtureSourcesWith((t) => {
      t[SOURCE_PATHS.lsoa11To21] = (t[SOURCE_PATHS.lsoa11To21] as string).replace(
        "U,Beta 002B,",
        "U,Beta 002B renamed,"
      );
    });
    expect(lsoaRecords(sources).find((r) => r.lsoa21cd === "E01000004")?.lsoa21nm).toBe("Beta 002B renamed");
    expect(sources.used().map((e) => e.path)).not.toContain(SOURCE_PATHS.lsoaBoundaries);
  });

  it("fail with both files named when an LSOA has no name", () => {
    const sources = fixtureSourcesWith((t) => {
      t[SOURCE_PATHS.lsoa11To21] = (t[SOURCE_PATHS.lsoa11To21] as string).replace(/[^\n]*,E01000002,[^\n]*\n/, "");
    });
    expect(() => lsoaRecords(sources)).toThrowError(
      "lookups/lsoa11_lsoa21.csv: no row for E01000002, " +
        "which deprivation/iod2025_lsoa21_domains.csv lists on line 3 — " +
        "the files must cover the same LSOAs: use the editions listed in manifest.json"
    );
  });
});
