import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readLsoaBoundaries} from "../../../src/lib/inputs/boundaries.js";
import {readDomains, readIndicators} from "../../../src/lib/inputs/deprivation.js";
import {readLsoaLookup} from "../../../src/lib/inputs/lookups.js";
import {SOURCE_PATHS} from "../../../src/lib/inputs/paths.js";
import {memoryFiles, resolveSourcesDir, Sources} from "../../../src/lib/sources/index.js";
import {caught} from "../../fixtures/errors.js";
import {FIXTURE_DIR, fixtureSources, fixtureSourcesWith, makeFixture} from "../../fixtures/sources.js";

const replaceIn = (path: string, from: string | RegExp, to: string) => (texts: Record<string, string | Uint8Array>) => {
  texts[path] = (texts[path] as string).replace(from, to);
};

describe("resolveSourcesDir", () => {
  it("uses WM_SOURCES_DIR, relative to the project root", () => {
    expect(resolveSourcesDir("/p", {WM_SOURCES_DIR: "data/src"})).toBe("/p/data/src");
    expect(resolveSourcesDir("/p", {WM_SOURCES_DIR: "/abs/src"})).toBe("/abs/src");
  });
  it("falls back to ../shared/data/sources", () => {
    expect(resolveSourcesDir("/work/main", {})).toBe("/work/shared/data/sources");
  });
});

describe("Sources", () => {
  it("reads typed rows with line numbers", () => {
    const rows = readLsoaLookup(fixtureSources());
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({LSOA21CD: "E01000001", "2024POP": 1000, MSOA21CD: "E02000001", line: 2});
  });

  it("reads gzipped CSV and keeps empty optional cells as null", () => {
    const england = readIndicators(fixtureSources(), true);
    expect(england).toHaveLength(6);
    expect(england[3].violence_with_injury_rate_per_1_000_at_risk_population).toBeNull();
  });

  it("reads GeoJSON features with typed properties", () => {
    const features = readLsoaBoundaries(fixtureSources());
    expect(features.map((f) => f.properties.LSOA21CD)).toEqual(["E01000001", "E01000002", "E01000003", "E01000004"]);
    expect(features[0].geometry.type).toBe("Polygon");
  });

  it("records each verified file for provenance", () => {
    const sources = fixtureSources();
    readLsoaLookup(sources);
    expect(sources.used().map((e) => e.path)).toEqual([SOURCE_PATHS.lookup]);
  });

  it("fails on a missing folder and says how to point at one", () => {
    const error = caught(() => new Sources("/nowhere", memoryFiles({})));
    expect(error.kind).toBe("missing-folder");
    expect(error.message).toBe(
      "/nowhere: the sources folder does not exist — " +
        "put the shared data beside the project (../shared/data/sources) " +
        "or set WM_SOURCES_DIR to the folder that holds manifest.json"
    );
  });

  it("fails on a missing file, naming its title and official page", () => {
    const error = caught(() => readLsoaLookup(fixtureSources({edit: (t) => delete t[SOURCE_PATHS.lookup]})));
    expect(error.kind).toBe("missing-file");
    expect(error.message).toBe(
      `${SOURCE_PATHS.lookup}: missing: "Fixture: ${SOURCE_PATHS.lookup}" is not in ${FIXTURE_DIR} — ` +
        `download it from https://example.org/${SOURCE_PATHS.lookup} (publisher: Fixture publisher) ` +
        `and save it as ${join(FIXTURE_DIR, SOURCE_PATHS.lookup)}`
    );
  });

  it("fails on a changed file with both checksums", () => {
    const error = caught(() => readLsoaLookup(fixtureSources({edit: replaceIn(SOURCE_PATHS.lookup, "1000", "1001")})));
    expect(error.kind).toBe("checksum");
    expect(error.file).toBe(SOURCE_PATHS.lookup);
    expect(error.problem).toMatch(/^the file has changed: sha256 is [0-9a-f]{64}, the manifest expects [0-9a-f]{64}$/);
  });

  it("fails on a file not in the manifest", () => {
    const sources = fixtureSources();
    const error = caught(() => sources.bytes("lookups/unknown.csv"));
    expect(error.kind).toBe("not-in-manifest");
  });

  it("fails on a missing column, on line 1", () => {
    const error = caught(() =>
      readLsoaLookup(fixtureSourcesWith(replaceIn(SOURCE_PATHS.lookup, "2024POP", "POP2024")))
    );
    expect(error.kind).toBe("missing-column");
    expect(error.line).toBe(1);
    expect(error.message).toMatch(
      /^lookups\/lsoa21_msoa21_ward25_pop2024\.csv:1: column "2024POP" is missing \(found: LSOA21CD, IMDSCORE, POP2024,/
    );
  });

  it("fails on a code of the wrong kind, with file and line", () => {
    const error = caught(() =>
      readLsoaLookup(
        fixtureSourcesWith(replaceIn(SOURCE_PATHS.lookup, "E01000003,40,2000,E02000002", "E01000003,40,2000,E05000002"))
      )
    );
    expect(error.kind).toBe("bad-code");
    expect(error.message).toBe(
      'lookups/lsoa21_msoa21_ward25_pop2024.csv:4: column "MSOA21CD": "E05000002" is ' +
        "not an ONS code of a MSOA (E02…) — use a nine-character code such as E02000001"
    );
  });

  it("fails on a duplicate key, naming both lines", () => {
    const error = caught(() =>
      readLsoaLookup(fixtureSourcesWith(replaceIn(SOURCE_PATHS.lookup, "E01000004", "E01000001")))
    );
    expect(error.kind).toBe("duplicate-key");
    expect(error.message).toBe(
      'lookups/lsoa21_msoa21_ward25_pop2024.csv:5: LSOA21CD "E01000001" appears twice (first on line 2) — ' +
        "remove the duplicate row; each code must appear once"
    );
  });

  it("fails on a non-numeric value, with file and line", () => {
    const error = caught(() =>
      readDomains(fixtureSourcesWith(replaceIn(SOURCE_PATHS.domains, /\n(E01000002,)6\.0/, "\n$1six")))
    );
    expect(error.kind).toBe("not-a-number");
    expect(error.message).toBe(
      'deprivation/iod2025_lsoa21_domains.csv:3: column "IMD_decile": "six" is not a whole number — ' +
        "write a whole number such as 12"
    );
  });

  it("fails on a bad code in GeoJSON with the feature's line", () => {
    const error = caught(() =>
      readLsoaBoundaries(
        fixtureSourcesWith(replaceIn(SOURCE_PATHS.lsoaBoundaries, '"LSOA21CD":"E01000002"', '"LSOA21CD":"X01000002"'))
      )
    );
    expect(error.kind).toBe("bad-code");
    expect(error.file).toBe(SOURCE_PATHS.lsoaBoundaries);
    expect(error.line).toBe(5);
    expect(error.problem).toBe('feature 2, property "LSOA21CD": "X01000002" is not an ONS code of a LSOA (E01…)');
  });

  describe("checks every coordinate of a boundary file", () => {
    /** The fixture with feature 2 of the LSOA boundaries (line 5) given this geometry. */
    const withGeometry = (geometry: object) =>
      fixtureSourcesWith((texts) => {
        const lines = (texts[SOURCE_PATHS.lsoaBoundaries] as string).split("\n");
        const feature = {...JSON.parse(lines[4].replace(/,$/, "")), geometry};
        // JSON.stringify cannot write 1e999, which JSON.parse reads as Infinity.
        lines[4] = JSON.stringify(feature).replaceAll('"1e999"', "1e999") + ",";
        texts[SOURCE_PATHS.lsoaBoundaries] = lines.join("\n");
      });
    const withRing = (ring: unknown[]) => withGeometry({type: "Polygon", coordinates: [ring]});
    const square = [
      [-1.89, 52.4],
      [-1.88, 52.4],
      [-1.88, 52.41],
      [-1.89, 52.41],
      [-1.89, 52.4]
    ];
    const at = (i: number, position: unknown) => square.map((p, j) => (j === i ? position : p));
    const cases: [string, unknown[], string][] = [
      ["text", at(1, ["-1.88", 52.4]), 'position 2 of ring 1 is ["-1.88",52.4], not a pair of finite numbers'],
      ["null", at(2, null), "position 3 of ring 1 is null, not a pair of finite numbers"],
      ["1e999", at(1, ["1e999", 52.4]), 'position 2 of ring 1 is ["Infinity",52.4], not a pair of finite numbers'],
      [
        "a place outside the region",
        at(1, [-0.12, 51.5]),
        "position 2 of ring 1, [-0.12,51.5], is outside the West Midlands (longitude -3.5 to -1, latitude 51.7 to 53.4)"
      ],
      ["a two-point open ring", square.slice(0, 2), "ring 1 has 2 positions; a ring needs at least 4"],
      ["an open ring", square.slice(0, 4), "ring 1 is not closed (its last position is not its first)"]
    ];
    for (const [what, ring, problem] of cases) {
      it(`fails on ${what}, with file:line and the feature's code`, () => {
        const error = caught(() => readLsoaBoundaries(withRing(ring)));
        expect(error.kind).toBe("bad-geometry");
        expect(error.message).toBe(
          `boundaries/lsoa21.geojson:5: feature 2 (LSOA21CD E01000002): ${problem} — ` +
            "restore the published copy: boundaries are GeoJSON polygons in longitude and latitude (WGS 84)"
        );
      });
    }

    it("names the polygon of a multipolygon", () => {
      const error = caught(() =>
        readLsoaBoundaries(withGeometry({type: "MultiPolygon", coordinates: [[square], [square.slice(1)]]}))
      );
      expect(error.problem).toBe(
        "feature 2 (LSOA21CD E01000002): polygon 2, ring 1 is not closed (its last position is not its first)"
      );
    });

    it("accepts the fixture's closed squares", () => {
      expect(readLsoaBoundaries(withRing(square))).toHaveLength(4);
    });
  });

  it("fails on a corrupt .gz file, naming it", () => {
    const damage = (texts: Record<string, string | Uint8Array>) => {
      const bytes = Uint8Array.from(texts[SOURCE_PATHS.indicatorsEngland] as Uint8Array);
      bytes[bytes.length - 6] ^= 0xff; // the CRC-32 at the end of the gzip stream
      texts[SOURCE_PATHS.indicatorsEngland] = bytes;
    };
    const error = caught(() => readIndicators(fixtureSourcesWith(damage), true));
    expect(error.kind).toBe("bad-gzip");
    expect(error.message).toBe(
      "deprivation/iod2025_lsoa21_indicators_england.csv.gz: the file cannot be unzipped (incorrect data check) — " +
        "restore the published copy: the download may have been cut short or damaged"
    );
  });

  it("fails on malformed manifest JSON", () => {
    const {dir, files} = makeFixture();
    files[join(dir, "manifest.json")] = "{";
    const error = caught(() => new Sources(dir, memoryFiles(files)));
    expect(error.kind).toBe("bad-json");
  });
});

describe("Sources.unlisted", () => {
  it("lists a folder's files the manifest does not list, and reads them as they are", () => {
    const {dir, files} = makeFixture();
    files[join(dir, "sna", "extra.csv")] = "a\n1\n";
    files[join(dir, "sna", "deeper", "more.csv")] = "b\n";
    const sources = new Sources(dir, memoryFiles(files));
    expect(sources.unlisted("sna")).toEqual(["sna/deeper/more.csv", "sna/extra.csv"]);
    expect(sources.unlisted("police/street")).toEqual([]);
    expect(sources.unlistedText("sna/extra.csv")).toBe("a\n1\n");
    // Not read through the manifest, so not in the files the build used.
    expect(sources.used().map((e) => e.path)).not.toContain("sna/extra.csv");
  });
});
