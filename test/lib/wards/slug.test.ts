import {describe, expect, it} from "vitest";
import {slugify, wardSlugs} from "../../../src/lib/wards/slug.js";

describe("slugify", () => {
  it("makes readable web addresses", () => {
    expect(slugify("King's Norton South")).toBe("kings-norton-south");
    expect(slugify("Bartley Green & Quinton")).toBe("bartley-green-and-quinton");
    expect(slugify("St. Michael's")).toBe("st-michaels");
    expect(slugify("Bilston East / Ettingshall")).toBe("bilston-east-ettingshall");
    expect(slugify("Hämstead  ")).toBe("hamstead");
  });
});

describe("wardSlugs", () => {
  const wards = [
    {code: "E05000003", name: "St Michael's", district: "Coventry"},
    {code: "E05000001", name: "Park", district: "Walsall"},
    {code: "E05000002", name: "Park", district: "Dudley"},
    {code: "E05000004", name: "Heath Town", district: "Wolverhampton"}
  ];

  it("uses the name alone, adding the borough only where two wards share a name", () => {
    expect(Object.fromEntries(wardSlugs(wards))).toEqual({
      E05000003: "st-michaels",
      E05000001: "park-walsall",
      E05000002: "park-dudley",
      E05000004: "heath-town"
    });
  });

  it("is unique even when name and borough collide, falling back to the code", () => {
    const slugs = wardSlugs([
      ...wards,
      {code: "E05000009", name: "Park", district: "Dudley"},
      {code: "E05000010", name: "Park Dudley", district: "Sandwell"}
    ]);
    expect(new Set(slugs.values()).size).toBe(slugs.size);
    expect(slugs.get("E05000009")).toBe("park-dudley-e05000009");
  });

  it("is stable: the same ward gets the same slug whatever the order", () => {
    expect(wardSlugs([...wards].reverse())).toEqual(wardSlugs(wards));
  });
});
