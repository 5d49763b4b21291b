// The CSV downloads of ward and story pages: provenance lines, then one value a row, the values
// being the ones the pages show.
import {rmSync} from "node:fs";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {AREA_CSV_COLUMNS, PROVENANCE_PREFIX} from "../../../src/lib/datasets/areaCsv.js";
import {STORY_CSV_SOURCES, storyCsv} from "../../../src/lib/datasets/storyCsv.js";
import {WARD_CSV_SOURCES, wardCsv} from "../../../src/lib/datasets/wardCsv.js";
import {sharedInputs, type Shared} from "../../../src/lib/loader/shared.js";
import {parseCsv} from "../../../src/lib/sources/csv.js";
import {fixtureProject} from "../../fixtures/project.js";
import {fixtureSources} from "../../fixtures/sources.js";

/** The provenance lines and the table's rows as objects. */
function read(csv: string) {
  const lines = csv.split("\r\n");
  const provenance = lines.filter((l) => l.startsWith(PROVENANCE_PREFIX));
  const {header, records} = parseCsv(lines.filter((l) => !l.startsWith("#")).join("\r\n"));
  const rows = records.map((r) => Object.fromEntries(header.map((h, i) => [h, r.values[i]])));
  return {lines, provenance, header, rows};
}

describe("CSV downloads of a ward and a story (fixture)", () => {
  let root: string;
  let shared: Shared;
  beforeAll(() => {
    root = fixtureProject({stories: true});
    shared = sharedInputs(fixtureSources(), root);
  });
  afterAll(() => rmSync(root, {recursive: true, force: true}));

  it("starts a ward's file with its provenance lines: each source with its licence, page and checksum", () => {
    const {lines, provenance, header} = read(wardCsv(shared.ward("north-ward"), shared.provenance));
    expect(lines[0]).toBe("# Ward profile: North Ward, Birmingham (E05000001). West Midlands story maps.");
    expect(lines.indexOf(AREA_CSV_COLUMNS.join(","))).toBe(provenance.length);
    for (const file of WARD_CSV_SOURCES) {
      const entry = shared.provenance.find((p) => p.file === file)!;
      expect(provenance.filter((l) => l.includes(`(file ${file}, SHA-256 ${entry.sha256})`))).toHaveLength(1);
      expect(provenance.join("\n")).toContain(entry.official);
    }
    expect(header).toEqual(AREA_CSV_COLUMNS);
  });

  it("holds the values the ward page shows: its LSOAs, comparisons, risk ranks and similar wards", () => {
    const ward = shared.ward("north-ward");
    const {rows} = read(wardCsv(ward, shared.provenance));
    const value = (section: string, key: string, code: string) =>
      rows.filter((r) => r.section === section && r.measure_key === key && r.area_code === code).map((r) => r.value);
    expect(value("lsoas", "imd_decile", ward.lsoas[0].code)).toEqual([String(ward.lsoas[0].imd_decile)]);
    expect(value("crime", "violence_with_injury", ward.code)).toEqual([String(ward.crime[0].ward)]);
    expect(value("crime", "violence_with_injury", "E92000001")).toEqual([String(ward.crime[0].england)]);
    expect(value("risk_index", "risk_rank", ward.msoas[0].code)).toEqual([String(ward.msoas[0].rank)]);
    const similar = ward.similar.wards[0];
    expect(value("similar_wards", "distance", similar.code)).toEqual([String(similar.distance)]);
    expect(value("similar_wards", "similarity_rank", similar.code)).toEqual(["1"]);
    expect(new Set(rows.map((r) => r.section))).toEqual(
      new Set(["lsoas", "deprivation_domains", "crime", "age", "risk_index", "similar_wards"])
    );
  });

  it("gives a story's area, LSOAs, comparisons, ages and similar wards, with its sources", () => {
    const data = shared.story("alpha");
    const similar = shared.similarAreas(data.story.area.lsoa_codes);
    const {provenance, rows} = read(storyCsv(data, similar, shared.provenance));
    expect(provenance[0]).toMatch(/^# Story map: .*, Birmingham\. West Midlands story maps\.$/);
    expect(provenance.filter((l) => l.startsWith("# Source: "))).toHaveLength(STORY_CSV_SOURCES.length);
    const area = data.numbers.comparisons[0];
    const crime = rows.find((r) => r.section === "crime" && r.area_type === "area")!;
    expect(crime).toMatchObject({measure_key: "violence_with_injury", value: String(area.values.violence_with_injury)});
    const lsoaCodes = new Set(rows.filter((r) => r.section === "lsoas").map((r) => r.area_code));
    expect([...lsoaCodes].sort()).toEqual([...data.story.area.lsoa_codes].sort());
    expect(rows.filter((r) => r.section === "age" && r.area_type === "area")).toHaveLength(
      data.numbers.age.bands.length
    );
    const wards = rows.filter((r) => r.section === "similar_wards" && r.measure_key === "similarity_rank");
    expect(wards.map((r) => r.area_code)).toEqual(similar.wards.map((w) => w.code));
    expect(wards.length).toBeGreaterThan(0);
  });
});
