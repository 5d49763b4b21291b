import {describe, expect, it} from "vitest";
import {buildSearchIndex, searchEntries} from "../../../src/lib/wards/search.js";
import {SEARCH_STORIES, SEARCH_WARDS} from "../../fixtures/searchIndex.js";

describe("buildSearchIndex", () => {
  const index = buildSearchIndex(SEARCH_WARDS, SEARCH_STORIES);

  it("writes each borough and ward once, and points neighbourhoods and LSOAs at their ward", () => {
    expect(index.boroughs).toEqual(["Birmingham", "Coventry", "Wolverhampton"]);
    expect(index.wards).toEqual([
      ["Heath Town", "heath-town", 2],
      ["King's Norton North", "kings-norton-north", 0],
      ["King's Norton South", "kings-norton-south", 0],
      ["St Michael's", "st-michaels", 1],
      ["Wednesfield North", "wednesfield-north", 2]
    ]);
    expect(index.lsoas).toEqual([
      ["E01010400", "Wolverhampton 010A", 0],
      ["E01009200", "Birmingham 120A", 1],
      ["E01009107", "Birmingham 128A", 2],
      ["E01009108", "Birmingham 127A", 2]
    ]);
    expect(index.stories.map((s) => s.slug)).toEqual([
      "heath-town",
      "hillfields",
      "three-estates",
      "wood-end-and-moat-house"
    ]);
  });

  it("sends an MSOA to the ward holding most of its LSOAs, each MSOA once", () => {
    expect(index.neighbourhoods).toEqual([
      ["E02001957", "Hawkesley", 2],
      ["E02001958", "King's Norton", 1],
      ["E02001981", "Hillfields", 3],
      ["E02002156", "Wood End", 4]
    ]);
  });
});

describe("searchEntries", () => {
  const entries = searchEntries(buildSearchIndex(SEARCH_WARDS, SEARCH_STORIES));
  const find = (kind: string, label: string) => entries.find((e) => e.kind === kind && e.label === label);

  it("names every kind of place as the site does, each with the other names it is found by", () => {
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
      detail: "Neighbourhood (MSOA E02001958), mostly in King's Norton North ward, Birmingham",
      href: "wards/kings-norton-north",
      also: ["E02001958"]
    });
    expect(find("lsoa", "Birmingham 128A")).toEqual({
      kind: "lsoa",
      label: "Birmingham 128A",
      detail: "LSOA E01009107, in King's Norton South ward",
      href: "wards/kings-norton-south",
      also: ["E01009107"]
    });
    expect(entries).toHaveLength(4 + 5 + 4 + 4);
  });
});
