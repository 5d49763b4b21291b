// Languages of editors' text: residents' words may be in any language, written in its own script.

/** Scripts written right to left (ISO 15924 codes): Arabic (Urdu, Arabic, Persian, Pashto…), Hebrew, and others. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(["Adlm", "Arab", "Hebr", "Mand", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi"]);

/** The tag in its canonical form ("UR" → "ur", "pa-arab" → "pa-Arab"), or null if it is not well-formed BCP 47. */
export function canonicalLanguageTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The direction text in a language is written in: its script's, the script the tag names
 * ("pa-Arab") or else the language's usual one from Unicode's likely subtags ("ur" → Arabic).
 */
export function textDirection(tag: string): "rtl" | "ltr" {
  const script = new Intl.Locale(tag).maximize().script;
  return script && RIGHT_TO_LEFT_SCRIPTS.has(script) ? "rtl" : "ltr";
}
