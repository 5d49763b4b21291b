import {isIsoDate} from "./definition.js";
import {Problems, YamlFile} from "./yaml.js";

/** One resident's words, published only with recorded, current consent. */
export interface Voice {
  text: string;
  /** Described without names, e.g. "parent, 30s". */
  speaker: string;
  theme: string;
  /** ISO date the words were collected. */
  collected: string;
  /** How they were collected, e.g. "conversation at a community event". */
  method: string;
  consent: "given";
  consent_date: string;
  /** A ward name, never finer. */
  location: string | null;
}

const FIELDS = ["text", "speaker", "theme", "collected", "method", "consent", "consent_date", "location"];

/**
 * Patterns that suggest personal data. A false alarm costs an editor a rewording; a miss could
 * identify a resident, so the patterns lean towards rejecting.
 */
export const PERSONAL_DATA: {kind: string; pattern: RegExp}[] = [
  {kind: "an email address", pattern: /[\w.+-]+@[\w-]+(\.[\w-]+)+/},
  {kind: "a phone number", pattern: /(\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/},
  {kind: "a postcode", pattern: /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i},
  {
    kind: "a street address",
    pattern: /\b\d+[a-z]?,?\s+([A-Z][\w'-]*\s+){1,3}(Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Grove|Place|Court|Gardens|Terrace|Walk|Square|Rise|View|Row|Mews)\b/
  },
  {kind: "a name (a title such as Mr or Mrs before a capitalised word)", pattern: /\b(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z][a-z]+/},
  {kind: "a name (\"my name is …\", \"called …\")", pattern: /\b(my name is|my name's|i am called|i'm called|call me|named|called)\s+[A-Z][a-z]+/i}
];

/** The first personal-data pattern found in the text, or null. */
export function findPersonalData(text: string): string | null {
  return PERSONAL_DATA.find(({pattern}) => pattern.test(text))?.kind ?? null;
}

const dateText = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

/**
 * Reads voices.yaml and refuses the whole file if any voice lacks recorded consent, has consent
 * withdrawn, or looks like it contains personal data: the build fails rather than publish it.
 * `wards` are the ward names a location may be generalised to.
 */
export function parseVoices(file: string, text: string, wards: readonly string[]): Voice[] {
  const yaml = new YamlFile(file, text);
  const data = (yaml.value() ?? {}) as Record<string, unknown>;
  if (typeof data !== "object" || Array.isArray(data)) throw yaml.error([], "voices.yaml must have a voices: list", 'start the file with "voices:" (an empty list is "voices: []")');
  for (const key of Object.keys(data)) if (key !== "voices") throw yaml.error([key], `unknown field "${key}"`, 'the file holds one field, "voices:"');
  const list = data.voices ?? [];
  if (!Array.isArray(list)) throw yaml.error(["voices"], "voices must be a list", 'write each voice as an item starting with "- text:"');
  // Each voice is checked on its own, so one run reports a problem in every voice.
  const problems = new Problems();
  const voices = list.map((item: unknown, i) => problems.collect((): Voice => {
    const at = (key?: string) => (key ? ["voices", i, key] : ["voices", i]);
    if (!item || typeof item !== "object" || Array.isArray(item)) throw yaml.error(at(), `voice ${i + 1} is not a set of fields`, "give each voice text:, speaker:, theme:, collected:, method:, consent: and consent_date:");
    const v = item as Record<string, unknown>;
    for (const key of Object.keys(v)) if (!FIELDS.includes(key)) throw yaml.error(at(key), `unknown field "${key}" in voice ${i + 1}`, `use: ${FIELDS.join(", ")}`);
    const str = (key: string, required = true): string => {
      const value = v[key];
      if (value === undefined || value === null || String(value).trim() === "") {
        if (!required) return "";
        throw yaml.error(at(), `voice ${i + 1} has no ${key}`, key === "consent" ? "record consent as given, with consent_date, before publishing; otherwise remove the voice" : `add "${key}:" to the voice`);
      }
      return String(dateText(value)).trim();
    };
    const consent = str("consent");
    if (consent === "withdrawn") throw yaml.error(at("consent"), `voice ${i + 1}: consent has been withdrawn`, "delete this voice from voices.yaml now");
    if (consent !== "given") throw yaml.error(at("consent"), `voice ${i + 1}: consent is "${consent}", not recorded as given`, 'publish only voices with "consent: given" and a consent_date; remove the others');
    const consentDate = str("consent_date");
    if (!isIsoDate(consentDate)) throw yaml.error(at("consent_date"), `voice ${i + 1}: consent_date "${consentDate}" is not a date`, "write it as YYYY-MM-DD");
    const collected = str("collected");
    if (!isIsoDate(collected)) throw yaml.error(at("collected"), `voice ${i + 1}: collected "${collected}" is not a date`, "write it as YYYY-MM-DD");
    const voice: Voice = {text: str("text"), speaker: str("speaker"), theme: str("theme"), collected, method: str("method"), consent: "given", consent_date: consentDate, location: str("location", false) || null};
    for (const key of ["text", "speaker", "location"] as const) {
      const found = voice[key] && findPersonalData(voice[key]!);
      if (found) throw yaml.error(at(key), `voice ${i + 1}: the ${key} seems to contain ${found}`, "remove anything that could identify a person or a home, then rebuild");
    }
    if (voice.location && !wards.includes(voice.location)) throw yaml.error(at("location"), `voice ${i + 1}: location "${voice.location}" is not a ward of this story's area`, `generalise it to a ward: ${wards.join(", ")}, or leave it out`);
    return voice;
  }));
  problems.throwIfErrors();
  return voices as Voice[];
}
