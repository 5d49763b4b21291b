import {describe, expect, it} from "vitest";
import {closest, oneOf} from "../../../src/lib/util/suggest.js";

describe("closest", () => {
  const wards = ["E05000001", "E05000002", "E05011149"];

  it("suggests the nearest known value within three edits, ignoring case", () => {
    expect(closest("E05000011", wards)).toBe("E05000001");
    expect(closest("e05011148", wards)).toBe("E05011149");
    expect(closest("Brimingham", ["Birmingham", "Coventry"])).toBe("Birmingham");
    expect(closest("voice.yaml", ["story.yaml", "voices.yaml", "activities.yaml"])).toBe("voices.yaml");
  });

  it("suggests nothing when every known value is further away than the limit", () => {
    expect(closest("Brum", ["Birmingham", "Coventry"])).toBeUndefined();
    expect(closest("sumary", ["title", "subtitle"], {maxDistance: 2})).toBeUndefined();
    expect(closest("titel", ["title", "subtitle"], {maxDistance: 2})).toBe("title");
  });

  it("prefers the first of equally near values", () => {
    expect(closest("E05000003", wards)).toBe("E05000001");
  });

  it("takes a name that starts with the other as meant, when asked to", () => {
    const indicators = ["violence_with_injury", "idaci_rate", "cyp"];
    expect(closest("cyp_score", indicators)).toBeUndefined();
    expect(closest("cyp_score", indicators, {prefixes: true})).toBe("cyp");
    expect(closest("idaci", indicators, {prefixes: true})).toBe("idaci_rate");
    expect(closest("knife_crime", indicators, {prefixes: true})).toBeUndefined();
  });
});

describe("oneOf", () => {
  const boroughs = ["Birmingham", "Coventry", "Dudley"];

  it("suggests the value meant, or lists the values to choose from", () => {
    expect(oneOf("Brimingham", boroughs)).toBe("did you mean Birmingham?");
    expect(oneOf("Brum", boroughs)).toBe("use one of: Birmingham, Coventry, Dudley");
  });
});
