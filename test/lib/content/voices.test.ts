import {describe, expect, it} from "vitest";
import {ContentError} from "../../../src/lib/content/problems.js";
import {findPersonalData, parseVoices} from "../../../src/lib/content/voices.js";

const WARDS = ["St Michael's"];
const voice = (fields: Record<string, string>) =>
  `voices:\n  - ${Object.entries({
    text: "The youth bus makes the square feel safer in the evening.",
    speaker: "parent, 30s",
    theme: "safety",
    collected: "2026-05-01",
    method: "conversation at a community event",
    consent: "given",
    consent_date: "2026-05-01",
    ...fields
  })
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join("\n    ")}\n`;

function problem(text: string): string {
  try {
    parseVoices("content/stories/x/voices.yaml", text, WARDS);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
  throw new Error("expected the voice to be rejected");
}

describe("voices", () => {
  it("accepts a consented voice and keeps its fields", () => {
    const [v] = parseVoices("v.yaml", voice({location: "St Michael's"}), WARDS);
    expect(v).toMatchObject({
      speaker: "parent, 30s",
      consent: "given",
      consent_date: "2026-05-01",
      location: "St Michael's"
    });
  });

  it("accepts an empty list", () => {
    expect(parseVoices("v.yaml", "voices: []\n", WARDS)).toEqual([]);
  });

  it("rejects a voice without recorded consent, with its line", () => {
    expect(problem(voice({consent: ""}))).toMatch(
      /^content\/stories\/x\/voices\.yaml:2: voice 1 has no consent — record consent/
    );
    expect(problem(voice({consent: "pending"}))).toMatch(/consent is "pending", not recorded as given/);
    expect(problem(voice({consent_date: ""}))).toMatch(/voice 1 has no consent_date/);
  });

  it("rejects a voice whose consent was withdrawn", () => {
    expect(problem(voice({consent: "withdrawn"}))).toMatch(
      /:7: voice 1: consent has been withdrawn — delete this voice/
    );
  });

  it.each([
    ["a name", "Mrs Patel runs the best club on the estate."],
    ["a name", "My name is Karen and I have lived here for years."],
    ["an email address", "Write to me at someone@example.org about it."],
    ["a phone number", "Call 07700 900123 if you see trouble."],
    ["a phone number", "The office is on 0121 496 0000."],
    ["a street address", "It happens outside 14 Pool Farm Road most nights."],
    ["a postcode", "Everyone in B38 9AB knows about it."]
  ])("rejects personal data (%s): %s", (kind, text) => {
    expect(problem(voice({text}))).toMatch(/the text seems to contain/);
    expect(findPersonalData(text)).toContain(kind.replace(/^a name$/, "a name"));
  });

  it("checks the speaker too, and keeps locations at ward level", () => {
    expect(problem(voice({speaker: "Mr Jones, 60s"}))).toMatch(/the speaker seems to contain a name/);
    expect(problem(voice({location: "Hillfields Road"}))).toMatch(
      /location "Hillfields Road" is not a ward of this story's area/
    );
  });

  it("reports every problem of every voice in one run, each at its line", () => {
    const two = voice({theme: "", consent: "withdrawn"}) + voice({collected: "2026-02-30"}).replace("voices:\n", "");
    expect(problem(two).split("\n")).toEqual([
      'content/stories/x/voices.yaml:2: voice 1 has no theme — add "theme:" to the voice',
      "content/stories/x/voices.yaml:6: voice 1: consent has been withdrawn — delete this voice from voices.yaml now",
      'content/stories/x/voices.yaml:11: voice 2: collected "2026-02-30" is not a date — write it as YYYY-MM-DD'
    ]);
  });

  it("takes the voice's language as a BCP 47 tag, in its canonical form, and none by default", () => {
    expect(parseVoices("v.yaml", voice({}), WARDS)[0].language).toBeNull();
    expect(parseVoices("v.yaml", voice({language: "UR"}), WARDS)[0].language).toBe("ur");
    expect(parseVoices("v.yaml", voice({language: "pa-arab"}), WARDS)[0].language).toBe("pa-Arab");
    for (const tag of ["Urdu", "en_GB", "x"]) {
      expect(problem(voice({language: tag}))).toBe(
        `content/stories/x/voices.yaml:9: voice 1: language "${tag}" is not a language tag — ` +
          'write a BCP 47 tag such as "ur" (Urdu), "pa" (Punjabi) or "so" (Somali), or leave the line out'
      );
    }
  });

  it("names an unknown field of a voice and the fields it may have", () => {
    expect(problem(voice({speakr: "parent"}))).toMatch(
      new RegExp(
        ':9: unknown field "speakr" in voice 1 — use: ' +
          "text, speaker, theme, collected, method, consent, consent_date, location, language$"
      )
    );
  });

  it("does not flag ordinary text about places and ages", () => {
    expect(
      findPersonalData("Since 2019 the Heath Town youth club has opened three nights a week for 11 to 16 year olds.")
    ).toBeNull();
  });
});
