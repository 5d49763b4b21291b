// police.uk's street-level files: found in police/street (optional, not in the manifest), counted
// by LSOA and crime type, and every malformed file or row refused with its file:line and a fix.
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {countKey, readStreetMonth, readStreetMonths, streetFiles} from "../../../src/lib/inputs/policeStreet.js";
import {memoryFiles, Sources} from "../../../src/lib/sources/index.js";
import {caught} from "../../fixtures/errors.js";
import {
  FIXTURE_DIR,
  FIXTURE_LSOAS,
  fixturePoliceCount,
  fixturePoliceFiles,
  makeFixture,
  streetRow
} from "../../fixtures/sources.js";

/** The fixture sources with extra files below the sources folder (paths from it). */
function sourcesWith(extra: Record<string, string>): Sources {
  const {dir, files} = makeFixture();
  for (const [path, text] of Object.entries(extra)) files[join(dir, path)] = text;
  return new Sources(dir, memoryFiles(files));
}

const JANUARY = "police/street/2024-01/2024-01-west-midlands-street.csv";
const january = () => fixturePoliceFiles()[JANUARY];

describe("streetFiles", () => {
  it("finds none without the folder: the files are optional", () => {
    expect(streetFiles(sourcesWith({}))).toEqual([]);
    expect(readStreetMonths(sourcesWith({}))).toEqual([]);
  });

  it("finds the archive's monthly files, oldest first, in its folders or side by side", () => {
    const files = streetFiles(
      sourcesWith({
        "police/street/2024-02-west-midlands-street.csv": january(),
        [JANUARY]: january(),
        // The archive's other files are not read.
        "police/street/2024-01/2024-01-west-midlands-outcomes.csv": "x",
        "police/street/2024-01/2024-01-west-midlands-stop-and-search.csv": "x",
        "police/street/README.txt": "notes"
      })
    );
    expect(files).toEqual([
      {month: "2024-01", path: JANUARY},
      {month: "2024-02", path: "police/street/2024-02-west-midlands-street.csv"}
    ]);
  });

  it("refuses another force's file, naming it, with the fix", () => {
    const path = "police/street/2024-01/2024-01-staffordshire-street.csv";
    const error = caught(() => streetFiles(sourcesWith({[path]: january()})));
    expect(error.kind).toBe("other-force");
    expect(error.message).toMatch(new RegExp(`^${path}: the file is from another force \\(staffordshire\\)`));
    expect(error.fix).toMatch(/West Midlands Police/);
  });

  it("refuses a CSV whose name is not a street file's, and a second file for a month", () => {
    const bad = caught(() => streetFiles(sourcesWith({"police/street/crimes.csv": january()})));
    expect(bad.kind).toBe("unexpected-file");
    expect(bad.file).toBe("police/street/crimes.csv");
    const twice = caught(() =>
      streetFiles(sourcesWith({[JANUARY]: january(), "police/street/2024-01-west-midlands-street.csv": january()}))
    );
    expect(twice.kind).toBe("duplicate-key");
    expect(twice.problem).toMatch(/second street-level file for 2024-01/);
  });
});

describe("readStreetMonth", () => {
  it("counts crimes by LSOA and type, and those with no LSOA", () => {
    const month = readStreetMonth(JANUARY, "2024-01", january());
    const first = FIXTURE_LSOAS[0].code;
    expect(month.counts.get(countKey(first, "Violence and sexual offences"))).toBe(
      fixturePoliceCount(0, 0, "Violence and sexual offences")
    );
    expect(month.counts.get(countKey(first, "Possession of weapons"))).toBe(2);
    expect(month.counts.get(countKey("E01099999", "Burglary"))).toBe(1);
    expect(month.unlocated).toBe(1);
  });

  it("reads every file of the sources folder", () => {
    const months = readStreetMonths(sourcesWith(fixturePoliceFiles()));
    expect(months.map((m) => m.month)).toEqual(
      Array.from({length: 12}, (_, m) => `2024-${String(m + 1).padStart(2, "0")}`)
    );
  });

  /** January's file with one more row, which is on line `line` of the file. */
  const withRow = (row: string) => {
    const text = january() + row;
    return {text, line: text.trimEnd().split("\n").length};
  };

  it.each([
    [
      "a row from another force",
      streetRow("2024-01", "E01000001", "Robbery", 0, "Staffordshire Police"),
      /another force/
    ],
    ["a row of another month", streetRow("2024-02", "E01000001", "Robbery", 0), /for "2024-02", the file for 2024-01/],
    ["a code that is not an LSOA's", streetRow("2024-01", "E02000001", "Robbery", 0), /"LSOA code": "E02000001"/],
    ["an unknown crime type", streetRow("2024-01", "E01000001", "Robery", 0), /did you mean "Robbery"/],
    ["a row cut short", "x,2024-01,West Midlands Police\n", /3 fields, the header 12/]
  ])("refuses %s at its file:line", (_, row, problem) => {
    const {text, line} = withRow(row);
    const error = caught(() => readStreetMonth(JANUARY, "2024-01", text));
    expect(error.file).toBe(JANUARY);
    expect(error.line).toBe(line);
    expect(error.message.startsWith(`${JANUARY}:${line}: `)).toBe(true);
    expect(error.problem).toMatch(problem);
    expect(error.fix).not.toBe("");
  });

  it("refuses a file without the columns it needs, at line 1", () => {
    const error = caught(() => readStreetMonth(JANUARY, "2024-01", "Crime ID,Month\nx,2024-01\n"));
    expect(error.kind).toBe("missing-column");
    expect(error.message).toMatch(new RegExp(`^${JANUARY}:1: column "Falls within" is missing`));
  });
});

describe("the fixture's street files", () => {
  it("are not in the manifest, so the provenance table and checksums are as before", () => {
    const {dir, files} = makeFixture({police: true});
    const sources = new Sources(dir, memoryFiles(files));
    expect(sources.manifest.entries.some((e) => e.path.startsWith("police/"))).toBe(false);
    expect(sources.unlisted("police/street")).toHaveLength(12);
    expect(dir).toBe(FIXTURE_DIR);
  });
});
