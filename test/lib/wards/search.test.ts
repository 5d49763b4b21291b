import {describe, expect, it} from "vitest";
import {buildSearchIndex, searchAreas} from "../../../src/lib/wards/search.js";

const wards = [
  {
    code: "E05000001",
    name: "King's Norton South",
    slug: "kings-norton-south",
    district_name: "Birmingham",
    lsoas: [
      {code: "E01009107", name: "Birmingham 128A", msoa: "Hawkesley"},
      {code: "E01009108", name: "Birmingham 127A", msoa: "King's Norton"}
    ],
    msoas: [
      {code: "E02000002", name: "Hawkesley", lsoas_in_ward: 1},
      {code: "E02000003", name: "King's Norton", lsoas_in_ward: 1}
    ]
  },
  {
    code: "E05000002",
    name: "King's Norton North",
    slug: "kings-norton-north",
    district_name: "Birmingham",
    lsoas: [{code: "E01009200", name: "Birmingham 120A", msoa: "King's Norton"}],
    msoas: [{code: "E02000003", name: "King's Norton", lsoas_in_ward: 3}]
  }
];

describe("buildSearchIndex", () => {
  const index = buildSearchIndex(wards);

  it("lists every ward, every LSOA code and each MSOA once", () => {
    expect(index.filter((e) => e.kind === "ward").map((e) => e.href)).toEqual([
      "wards/kings-norton-north",
      "wards/kings-norton-south"
    ]);
    expect(index.filter((e) => e.kind === "lsoa")).toHaveLength(3);
    expect(index.filter((e) => e.kind === "neighbourhood").map((e) => e.label)).toEqual(["Hawkesley", "King's Norton"]);
  });

  it("sends an MSOA to the ward holding most of its LSOAs", () => {
    expect(index.find((e) => e.label === "King's Norton")!.href).toBe("wards/kings-norton-north");
    expect(index.find((e) => e.label === "Hawkesley")!.href).toBe("wards/kings-norton-south");
  });
});

describe("searchAreas", () => {
  const index = buildSearchIndex(wards);

  it("ignores case, apostrophes and accents, and puts wards first", () => {
    expect(searchAreas(index, "kings norton").map((e) => `${e.kind}:${e.label}`)).toEqual([
      "ward:King's Norton North",
      "ward:King's Norton South",
      "neighbourhood:King's Norton"
    ]);
  });

  it("finds an LSOA by code and a name by a later word", () => {
    expect(searchAreas(index, "e01009200").map((e) => e.href)).toEqual(["wards/kings-norton-north"]);
    expect(searchAreas(index, "south").map((e) => e.label)).toEqual(["King's Norton South"]);
  });

  it("returns nothing for an empty query and respects the limit", () => {
    expect(searchAreas(index, "  ")).toEqual([]);
    expect(searchAreas(index, "e0100", 2)).toHaveLength(2);
  });
});

describe("ward entries", () => {
  it("carry their borough for the ward list", () => {
    expect(
      buildSearchIndex(wards)
        .filter((e) => e.kind === "ward")
        .map((e) => e.district)
    ).toEqual(["Birmingham", "Birmingham"]);
  });
});
