// voices.yaml: residents' words, published only with recorded, current consent.
import {z} from "zod";
import {isoDate, optionalText, text} from "./fields.js";
import {canonicalLanguageTag} from "./language.js";
import {Problems} from "./problems.js";
import {checkYaml, flag, isRecord, said, type Mistake, type Wordings} from "./schema.js";
import {YamlFile} from "./yamlFile.js";

/** Street words that follow a house number in an address ("12 Moat House Road"). */
const STREET_TYPES =
  "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Grove|Place|Court|Gardens|" +
  "Terrace|Walk|Square|Rise|View|Row|Mews";

/**
 * Patterns that suggest personal data. A false alarm costs an editor a rewording; a miss could
 * identify a resident, so the patterns lean towards rejecting.
 */
const PERSONAL_DATA: {kind: string; pattern: RegExp}[] = [
  {kind: "an email address", pattern: /[\w.+-]+@[\w-]+(\.[\w-]+)+/},
  {kind: "a phone number", pattern: /(\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/},
  {kind: "a postcode", pattern: /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i},
  {
    kind: "a street address",
    pattern: new RegExp(String.raw`\b\d+[a-z]?,?\s+([A-Z][\w'-]*\s+){1,3}(${STREET_TYPES})\b`)
  },
  {
    kind: "a name (a title such as Mr or Mrs before a capitalised word)",
    pattern: /\b(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z][a-z]+/
  },
  {
    kind: 'a name ("my name is …", "called …")',
    pattern: /\b(my name is|my name's|i am called|i'm called|call me|named|called)\s+[A-Z][a-z]+/i
  }
];

/** The first personal-data pattern found in the text, or null. */
export function findPersonalData(text: string): string | null {
  return PERSONAL_DATA.find(({pattern}) => pattern.test(text))?.kind ?? null;
}

/** Text in which no personal data may be found. */
const withoutPersonalData = <T extends z.ZodType<string | null>>(schema: T) =>
  schema.superRefine((value, ctx) => {
    const found = value && findPersonalData(value);
    if (found) flag(ctx, "personalData", {found});
  });

const voiceSchema = z
  .strictObject({
    text: withoutPersonalData(text).describe("The words, exactly as said"),
    speaker: withoutPersonalData(text).describe('A description without a name, e.g. "parent, 30s"'),
    theme: text.describe('One word or phrase, e.g. "safety"'),
    collected: isoDate.describe("When the words were collected, YYYY-MM-DD"),
    method: text.describe('How they were collected, e.g. "conversation at a community event"'),
    consent: z
      .literal("given")
      .describe("given; anything else stops the build (delete a voice whose consent is withdrawn)"),
    consent_date: isoDate.describe("When consent was recorded, YYYY-MM-DD"),
    location: withoutPersonalData(optionalText).describe("Optional: a ward of the story's area, never finer"),
    language: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/)
      .nullish()
      .transform((tag, ctx) => {
        if (!tag) return null;
        const canonical = canonicalLanguageTag(tag);
        if (!canonical) flag(ctx, "invalid");
        return canonical;
      })
      .describe(
        'Optional: the language of the words when not English, as a BCP 47 tag, e.g. "ur" (Urdu), "pa" (Punjabi), ' +
          '"so" (Somali); the page then reads and aligns them in that language (right to left for Urdu)'
      )
  })
  .describe("One resident's words");

export const voicesSchema = z
  .strictObject({
    voices: z
      .array(voiceSchema)
      .nullish()
      .transform((voices) => voices ?? [])
      .describe('Residents\' words, each with recorded consent; "voices: []" when there are none')
  })
  .describe("Residents' voices of a story: content/stories/<slug>/voices.yaml (see docs/editors.md)");

/** One resident's words, published only with recorded, current consent. */
export type Voice = z.output<typeof voiceSchema>;

const voice = ({item}: Mistake) => `voice ${item}`;

const VOICES_WORDINGS: Wordings = {
  "": {
    invalid: () =>
      said("voices.yaml must have a voices: list", 'start the file with "voices:" (an empty list is "voices: []")'),
    unknown: ({field}) => said(`unknown field "${field}"`, 'the file holds one field, "voices:"')
  },
  voices: {invalid: () => said("voices must be a list", 'write each voice as an item starting with "- text:"')},
  "voices.*": {
    invalid: (m) =>
      said(
        `${voice(m)} is not a set of fields`,
        "give each voice text:, speaker:, theme:, collected:, method:, consent: and consent_date:"
      ),
    unknown: (m) =>
      said(`unknown field "${m.field}" in ${voice(m)}`, `use: ${Object.keys(voiceSchema.shape).join(", ")}`)
  },
  "voices.*.*": {
    missing: (m) => said(`${voice(m)} has no ${m.field}`, `add "${m.field}:" to the voice`),
    invalid: (m) =>
      said(`${voice(m)}: ${m.field} must be text`, "write it on the same line, in quotes if it has a colon"),
    personalData: (m) =>
      said(
        `${voice(m)}: the ${m.field} seems to contain ${String(m.params.found)}`,
        "remove anything that could identify a person or a home, then rebuild"
      )
  },
  "voices.*.consent": {
    missing: (m) =>
      said(
        `${voice(m)} has no consent`,
        "record consent as given, with consent_date, before publishing; otherwise remove the voice"
      ),
    invalid: (m) =>
      m.value === "withdrawn"
        ? said(`${voice(m)}: consent has been withdrawn`, "delete this voice from voices.yaml now")
        : said(
            `${voice(m)}: consent is "${String(m.value)}", not recorded as given`,
            'publish only voices with "consent: given" and a consent_date; remove the others'
          )
  },
  "voices.*.consent_date": {
    invalid: (m) => said(`${voice(m)}: consent_date "${String(m.value)}" is not a date`, "write it as YYYY-MM-DD")
  },
  "voices.*.language": {
    invalid: (m) =>
      said(
        `${voice(m)}: language "${String(m.value)}" is not a language tag`,
        'write a BCP 47 tag such as "ur" (Urdu), "pa" (Punjabi) or "so" (Somali), or leave the line out'
      )
  },
  "voices.*.collected": {
    invalid: (m) => said(`${voice(m)}: collected "${String(m.value)}" is not a date`, "write it as YYYY-MM-DD")
  }
};

/**
 * Reads voices.yaml and refuses the whole file if any voice lacks recorded consent, has consent
 * withdrawn, or looks like it contains personal data: the build fails rather than publish it.
 * `wards` are the ward names a location may be generalised to.
 */
export function parseVoices(file: string, text: string, wards: readonly string[]): Voice[] {
  const yaml = new YamlFile(file, text);
  const problems = new Problems();
  const checked = checkYaml(yaml, yaml.value() ?? {}, voicesSchema, VOICES_WORDINGS, problems);
  const raw = yaml.value();
  const list = checked?.voices ?? (isRecord(raw) && Array.isArray(raw.voices) ? raw.voices : []);
  // Locations are checked in every voice whose own fields are right, so one run says everything.
  list.forEach((item: unknown, i) => {
    const location = voiceSchema.safeParse(item).data?.location;
    if (location && !wards.includes(location)) {
      const problem = `voice ${i + 1}: location "${location}" is not a ward of this story's area`;
      problems.error(
        yaml.error(["voices", i, "location"], problem, `generalise it to a ward: ${wards.join(", ")}, or leave it out`)
      );
    }
  });
  problems.throwIfErrors();
  return checked!.voices;
}
