import {describe, expect, it} from "vitest";
import {integer, number, onsCode, text} from "../../../src/lib/sources/index.js";

describe("column specs", () => {
  it("onsCode accepts codes of the expected kind only", () => {
    expect(onsCode("E01").parse("E01008881")).toEqual({ok: true, value: "E01008881"});
    const wrongKind = onsCode("E01").parse("E02001827");
    expect(wrongKind.ok).toBe(false);
    expect(wrongKind.ok || wrongKind.problem).toBe('"E02001827" is not an ONS code of a LSOA (E01…)');
    expect(onsCode("E01").parse("E0100888").ok).toBe(false);
    expect(onsCode("E06", "E08").parse("E08000025").ok).toBe(true);
  });

  it("number reads decimals and exponents, rejects text, and allows empty only when optional", () => {
    expect(number().parse("12.5")).toEqual({ok: true, value: 12.5});
    expect(number().parse("-1e3")).toEqual({ok: true, value: -1000});
    expect(number().parse("12,5").ok).toBe(false);
    expect(number().parse("").ok).toBe(false);
    expect(number({optional: true}).parse("")).toEqual({ok: true, value: null});
  });

  it("integer accepts 3.0 but not 3.5", () => {
    expect(integer().parse("3.0")).toEqual({ok: true, value: 3});
    expect(integer().parse("3.5").ok).toBe(false);
  });

  it("required text rejects blanks", () => {
    expect(text({required: true}).parse(" ").ok).toBe(false);
    expect(text().parse("")).toEqual({ok: true, value: ""});
  });
});
