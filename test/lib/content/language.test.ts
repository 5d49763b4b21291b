import {describe, expect, it} from "vitest";
import {canonicalLanguageTag, textDirection} from "../../../src/lib/content/language.js";

describe("languages of residents' words", () => {
  it("writes Arabic-script languages right to left, whether the tag names the script or not", () => {
    expect(["ur", "ar", "fa", "ps", "ckb", "pa-Arab", "he"].map(textDirection)).toEqual(Array(7).fill("rtl"));
    expect(["en-GB", "pa", "so", "pl", "ro", "zz"].map(textDirection)).toEqual(Array(6).fill("ltr"));
  });

  it("canonicalises well-formed BCP 47 tags and refuses others", () => {
    expect(["UR", "pa-arab", "en-gb"].map(canonicalLanguageTag)).toEqual(["ur", "pa-Arab", "en-GB"]);
    expect(["en_GB", "x", "Urdu-language-x"].map(canonicalLanguageTag)).toEqual([null, null, null]);
  });
});
