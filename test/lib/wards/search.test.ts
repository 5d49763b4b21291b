import {describe, expect, it} from "vitest";
import {buildSearchIndex, searchEntries} from "../../../src/lib/wards/search.js";

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
  },
  {
    code: "E05000003",
    name: "Heath Town",
    slug: "heath-town",
    district_name: "Wolverhampton",
    lsoas: [{code: "E01010400", name: "Wolverhampton 010A", msoa: "Heath Town"}],
    msoas: [{code: "E02002100", name: "Heath Town", lsoas_in_ward: 1}]
  }
];
const stories = [
  {
    slug: "three-estates",
    title: "Three Estates",
    subtitle: "Hawkesley, Pool Farm and Primrose Hill",
    borough: "Birmingham",
    wards: ["King's Norton South"]
  },
  {slug: "heath-town", title: "Heath Town", subtitle: "", borough: "Wolverhampton", wards: ["Heath Town"]}
];

describe("buildSearchIndex", () => {
  const index = buildSearchIndex(wards, stories);

  it("writes each borough and ward once, and points neighbourhoods and LSOAs at their ward", () => {
    expect(index.boroughs).toEqual(["Birmingham", "Wolverhampton"]);
    expect(index.wards).toEqual([
      ["Heath Town", "heath-town", 1],
      ["King's Norton North", "kings-norton-north", 0],
      ["King's Norton South", "kings-norton-south", 0]
    ]);
    expect(index.lsoas).toEqual([
      ["E01010400", "Wolverhampton 010A", 0],
      ["E01009200", "Birmingham 120A", 1],
      ["E01009107", "Birmingham 128A", 2],
      ["E01009108", "Birmingham 127A", 2]
    ]);
    expect(index.stories.map((s) => s.slug)).toEqual(["heath-town", "three-estates"]);
  });

  it("sends an MSOA to the ward holding most of its LSOAs, each MSOA once", () => {
    expect(index.neighbourhoods).toEqual([
      ["E02000002", "Hawkesley", 2],
      ["E02000003", "King's Norton", 1],
      ["E02002100", "Heath Town", 0]
    ]);
  });
});

describe("searchEntries", () => {
  const entries = searchEntries(buildSearchIndex(wards, stories));
  const find = (kind: string, label: string) => entries.find((e) => e.kind === kind && e.label === label);

  it("names every kind of place as the site does, each with the names it is also found by", () => {
    expect(find("story", "Three Estates")).toEqual({
      kind: "story",
      label: "Three Estates",
      detail: "Story in Birmingham: Hawkesley, Pool Farm and Primrose Hill",
      href: "stories/three-estates",
      also: ["Hawkesley, Pool Farm and Primrose Hill", "Birmingham", "King's Norton South"]
    });
    expect(find("story", "Heath Town")).toMatchObject({
      detail: "Story in Wolverhampton",
      also: ["Wolverhampton", "Heath Town"]
    });
    expect(find("ward", "Heath Town")).toEqual({
      kind: "ward",
      label: "Heath Town",
      detail: "Ward in Wolverhampton",
      href: "wards/heath-town",
      also: ["Wolverhampton"]
    });
    expect(find("neighbourhood", "King's Norton")).toEqual({
      kind: "neighbourhood",
      label: "King's Norton",
      detail: "Neighbourhood (MSOA E02000003), mostly in King's Norton North ward, Birmingham",
      href: "wards/kings-norton-north",
      also: ["E02000003"]
    });
    expect(find("lsoa", "Birmingham 128A")).toEqual({
      kind: "lsoa",
      label: "Birmingham 128A",
      detail: "LSOA E01009107, in King's Norton South ward",
      href: "wards/kings-norton-south",
      also: ["E01009107"]
    });
    expect(entries).toHaveLength(2 + 3 + 3 + 4);
  });
});
