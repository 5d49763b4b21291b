import {Problems, YamlFile} from "./yaml.js";

/** Something the VRU or its partners do in the place, with where that is known from. */
export interface Activity {
  title: string;
  description: string;
  partners: string[];
  /** Free text, e.g. "2020 to 2021" or "from April 2021". */
  dates: string | null;
  link: string | null;
  /** Document the entry is taken from (title, year, section). */
  source: string;
}

export interface Activities {
  /** Said plainly when little is known about the work in this place. */
  note: string | null;
  activities: Activity[];
}

const FIELDS = ["title", "description", "partners", "dates", "link", "source"];

/** Reads activities.yaml; every entry needs a title, a description and its source. */
export function parseActivities(file: string, text: string): Activities {
  const yaml = new YamlFile(file, text);
  const data = (yaml.value() ?? {}) as Record<string, unknown>;
  if (typeof data !== "object" || Array.isArray(data)) throw yaml.error([], "activities.yaml must have an activities: list", 'start the file with "activities:"');
  for (const key of Object.keys(data)) if (key !== "activities" && key !== "note") throw yaml.error([key], `unknown field "${key}"`, "use note: and activities:");
  const list = data.activities ?? [];
  if (!Array.isArray(list)) throw yaml.error(["activities"], "activities must be a list", 'write each activity as an item starting with "- title:"');
  // Each activity is checked on its own, so one run reports a problem in every activity.
  const problems = new Problems();
  const checked = list.map((item: unknown, i) => problems.collect((): Activity => {
    const at = (key?: string) => (key ? ["activities", i, key] : ["activities", i]);
    if (!item || typeof item !== "object" || Array.isArray(item)) throw yaml.error(at(), `activity ${i + 1} is not a set of fields`, "give it title:, description: and source:");
    const a = item as Record<string, unknown>;
    for (const key of Object.keys(a)) if (!FIELDS.includes(key)) throw yaml.error(at(key), `unknown field "${key}" in activity ${i + 1}`, `use: ${FIELDS.join(", ")}`);
    for (const key of ["title", "description", "source"]) {
      if (typeof a[key] !== "string" || !(a[key] as string).trim()) throw yaml.error(at(), `activity ${i + 1} has no ${key}`, key === "source" ? "say where this is known from (document, year, section); leave out what no source confirms" : `add "${key}:"`);
    }
    const partners = a.partners ?? [];
    if (!Array.isArray(partners) || partners.some((p) => typeof p !== "string")) throw yaml.error(at("partners"), `activity ${i + 1}: partners must be a list of names of organisations`, 'write one per line, each starting with "- "');
    const link = a.link === undefined || a.link === null ? null : String(a.link);
    if (link !== null && !/^https:\/\/[^\s]+$/.test(link)) throw yaml.error(at("link"), `activity ${i + 1}: link "${link}" is not a web address`, "use a full https:// address or leave the link out");
    return {title: (a.title as string).trim(), description: (a.description as string).trim(), partners: partners as string[], dates: a.dates === undefined || a.dates === null ? null : String(a.dates), link, source: (a.source as string).trim()};
  }));
  problems.throwIfErrors();
  const activities = checked as Activity[];
  const note = typeof data.note === "string" && data.note.trim() ? data.note.trim() : null;
  if (activities.length === 0 && !note) throw yaml.error([], "there are no activities and no note", "add activities with their sources, or a note: saying honestly that little is known");
  return {note, activities};
}
