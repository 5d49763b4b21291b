import {describe, expect, it} from "vitest";
import {lsoaChanges} from "../../../src/lib/model/unchanged.js";

describe("lsoaChanges", () => {
  const links = [
    {lsoa11_code: "E01000011", change_code: "U", lsoa21_code: "E01000001"},
    {lsoa11_code: "E01000012", change_code: "S", lsoa21_code: "E01000002"},
    {lsoa11_code: "E01000013", change_code: "M", lsoa21_code: "E01000003"},
    {lsoa11_code: "E01000014", change_code: "M", lsoa21_code: "E01000003"}
  ];
  const iod2019 = new Map(links.map((l, i) => [l.lsoa11_code, {decile: i + 1, rank: 100 * (i + 1)}]));
  const changeOf = lsoaChanges(links, iod2019);

  it("gives the IoD2019 IMD only to an LSOA whose boundary did not change", () => {
    expect(changeOf("E01000001")).toEqual({iod2019: {decile: 1, rank: 100}, change_code: "U"});
    expect(changeOf("E01000002")).toEqual({iod2019: undefined, change_code: "S"});
  });

  it("calls an LSOA made of several 2011 ones merged, and one the lookup lacks unknown", () => {
    expect(changeOf("E01000003")).toEqual({iod2019: undefined, change_code: "M"});
    expect(changeOf("E01000009")).toEqual({iod2019: undefined, change_code: null});
  });
});
