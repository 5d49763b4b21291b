import {describe, expect, it} from "vitest";
import {buildSearchIndex, searchEntries, type SearchEntry} from "../../../src/lib/wards/search.js";
import {foldName, MATCH, matchName, searchAreas, typoLimit} from "../../../src/lib/wards/searchMatch.js";
import {SEARCH_STORIES, SEARCH_WARDS} from "../../fixtures/searchIndex.js";

describe("foldName", () => {
  it("ignores case, accents, apostrophes and punctuation, and reads & as and", () => {
    expect(foldName("  King’s Norton  South ")).toBe("kings norton south");
    expect(foldName("St. Michael's")).toBe("st michaels");
    expect(foldName("Hawkesley, Pool Farm & Primrose-Hill")).toBe("hawkesley pool farm and primrose hill");
    expect(foldName("Bromsgröve")).toBe("bromsgrove");
  });
});

describe("typoLimit", () => {
  it("allows more typing mistakes in longer queries, and none in codes and LSOA names", () => {
    expect(["hall", "hawks", "hawksley", "hilfields"].map(typoLimit)).toEqual([0, 1, 1, 2]);
    expect(typoLimit("birmingham 128")).toBe(0);
    expect(typoLimit("e0100910")).toBe(0);
  });
});

describe("matchName", () => {
  const tier = (name: string, query: string) => matchName(foldName(name), foldName(query));

  it("ranks the whole name, its start, a word's start, then anywhere", () => {
    expect(tier("Heath Town", "heath town")).toEqual({tier: MATCH.exact, edits: 0});
    expect(tier("Heath Town", "heath t")).toEqual({tier: MATCH.prefix, edits: 0});
    expect(tier("Hawkesley, Pool Farm and Primrose Hill", "pool farm")).toEqual({tier: MATCH.wordPrefix, edits: 0});
    expect(tier("Wood End and Moat House", "Moat House")).toEqual({tier: MATCH.wordPrefix, edits: 0});
    expect(tier("E01009107", "009107")).toEqual({tier: MATCH.contains, edits: 0});
  });

  it("forgives typing mistakes at the start of a word, within the query's limit", () => {
    expect(tier("Hawkesley", "Hawksley")).toEqual({tier: MATCH.typo, edits: 1});
    expect(tier("Hillfields", "Hilfields")).toEqual({tier: MATCH.typo, edits: 1});
    expect(tier("Hillfields", "Hilfeilds")).toEqual({tier: MATCH.typo, edits: 2}); // a swap is one edit
    expect(tier("Hawkesley", "Hawks")).toEqual({tier: MATCH.typo, edits: 1}); // while still typing
    expect(tier("Hawkesley, Pool Farm and Primrose Hill", "Primrse Hill")).toEqual({tier: MATCH.typo, edits: 1});
    expect(tier("Wolverhampton", "Wolverhamptn")).toEqual({tier: MATCH.typo, edits: 1});
  });

  it("takes no typo in a short query, beyond the limit, or in a name with digits", () => {
    expect(tier("Hall Green", "hull")).toBeUndefined();
    expect(tier("Hawkesley", "Hwksly")).toBeUndefined();
    expect(tier("Birmingham 128A", "Birmingam")).toBeUndefined();
    expect(tier("Birmingham", "Birmingam")).toEqual({tier: MATCH.typo, edits: 1});
    expect(tier("anything", "")).toBeUndefined();
  });
});

const entries = searchEntries(buildSearchIndex(SEARCH_WARDS, SEARCH_STORIES));
const found = (query: string, limit?: number) =>
  searchAreas(entries, query, limit).map((e: SearchEntry) => `${e.kind} ${e.label}`);

describe("searchAreas", () => {
  it("finds a story by its title and by the places its subtitle names", () => {
    expect(found("Three Estates")).toEqual(["story Three Estates"]);
    expect(found("pool farm")).toEqual(["story Three Estates"]);
    expect(found("Primrose Hill")).toEqual(["story Three Estates"]);
    expect(found("moat house")).toEqual(["story Wood End and Moat House"]);
  });

  it("puts the best match first, then stories, wards, neighbourhoods and LSOAs, then the name shown", () => {
    expect(found("heath town")).toEqual(["story Heath Town", "ward Heath Town"]);
    expect(found("kings norton")).toEqual([
      "neighbourhood King's Norton",
      "story Three Estates",
      "ward King's Norton North",
      "ward King's Norton South"
    ]);
    expect(found("hawk")).toEqual(["story Three Estates", "neighbourhood Hawkesley"]);
    const road = {kind: "ward" as const, label: "Wolverhampton Road", detail: "", href: "", also: ["Sandwell"]};
    const bilston = {kind: "ward" as const, label: "Bilston North", detail: "", href: "", also: ["Wolverhampton"]};
    expect(searchAreas([bilston, road], "wolverh")).toEqual([road, bilston]);
    expect(found("wood")).toEqual(["story Wood End and Moat House", "neighbourhood Wood End"]);
  });

  it("forgives typing mistakes, after every closer match", () => {
    expect(found("Hawksley")).toEqual(["story Three Estates", "neighbourhood Hawkesley"]);
    expect(found("Hilfields")).toEqual(["story Hillfields", "neighbourhood Hillfields"]);
  });

  it("finds an LSOA by the name the site shows and by its code, and never by a typo", () => {
    expect(found("Birmingham 128A")).toEqual(["lsoa Birmingham 128A"]);
    expect(found("e01009107")).toEqual(["lsoa Birmingham 128A"]);
    expect(found("Birmingham 128B")).toEqual([]);
  });

  it("lists every ward of a borough when the reader types the borough, past the limit, stories first", () => {
    expect(found("Wolverhampton", 2)).toEqual([
      "story Heath Town",
      "story Wood End and Moat House",
      "ward Heath Town",
      "ward Wednesfield North"
    ]);
    expect(found("wolverhampton")).toEqual([...found("Wolverhampton", 2), "lsoa Wolverhampton 010A"]);
  });

  it("returns nothing for an empty query and respects the limit otherwise", () => {
    expect(found("  ")).toEqual([]);
    expect(found("e0", 1)).toHaveLength(1);
  });
});
