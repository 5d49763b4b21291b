import {editDistance, type AreaDefinition} from "./area.js";
import {Problems, YamlFile} from "./yaml.js";

export type StoryStatus = "published" | "draft";

/** The fields of a story's story.yaml. */
export interface StoryDefinition {
  slug: string;
  title: string;
  subtitle: string;
  borough: string;
  status: StoryStatus;
  /** ISO date, YYYY-MM-DD. */
  last_reviewed: string;
  authors: string[];
  area: AreaDefinition;
  sources: string[];
}

export const STORY_FIELDS = ["title", "subtitle", "borough", "status", "last_reviewed", "authors", "area", "sources"] as const;
const REQUIRED = ["title", "borough", "status", "last_reviewed", "area"] as const;
const AREA_FIELDS = ["wards", "lsoas", "explanation"];
export const BOROUGHS = ["Birmingham", "Coventry", "Dudley", "Sandwell", "Solihull", "Walsall", "Wolverhampton"];

/** An ISO calendar date that exists (2026-02-30 does not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The fix for an unknown field: the closest known name when it looks like a typo. */
export function unknownFieldFix(key: string, known: readonly string[], prefix = ""): string {
  const closest = [...known].sort((a, b) => editDistance(key, a) - editDistance(key, b))[0];
  return closest && editDistance(key.toLowerCase(), closest) <= 2 ? `did you mean "${prefix}${closest}"?` : `use one of: ${known.map((k) => prefix + k).join(", ")}`;
}

function stringList(yaml: YamlFile, problems: Problems, value: unknown, path: string[], what: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    problems.error(yaml.error(path, `${path.join(".")} must be a list of ${what}`, `write one per line, each starting with "- "`));
    return [];
  }
  return value.map((v: string) => v.trim());
}

const missing = (v: unknown) => v === undefined || v === null || v === "";

/**
 * Checks a story.yaml, recording every problem (with its line) in `problems`. Returns the
 * definition when the fields could be read, even if some were wrong, so later checks (area
 * codes, links) can still run; callers decide from `problems` whether it is usable.
 */
export function checkStoryDefinition(slug: string, file: string, text: string, problems: Problems): StoryDefinition | undefined {
  const yaml = problems.collect(() => new YamlFile(file, text));
  if (!yaml) return undefined;
  const data = yaml.value();
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    problems.error(yaml.error([], "story.yaml must be a set of fields (title:, borough:, …)", "see docs/editors.md for an example"));
    return undefined;
  }
  const d = data as Record<string, unknown>;
  const error = (path: (string | number)[], problem: string, fix: string) => problems.error(yaml.error(path, problem, fix));
  for (const key of Object.keys(d)) {
    if (!(STORY_FIELDS as readonly string[]).includes(key)) error([key], `unknown field "${key}"`, unknownFieldFix(key, STORY_FIELDS));
  }
  for (const key of REQUIRED) {
    if (missing(d[key])) error([], `required field "${key}" is missing`, `add a line "${key}: …"`);
  }
  if (!missing(d.title) && typeof d.title !== "string") error(["title"], "title must be text", "write the title on the same line, in quotes if it has a colon");
  if (!missing(d.borough) && !BOROUGHS.includes(String(d.borough))) error(["borough"], `"${String(d.borough)}" is not one of the seven boroughs`, `use one of: ${BOROUGHS.join(", ")}`);
  if (!missing(d.status) && d.status !== "published" && d.status !== "draft") error(["status"], `status "${String(d.status)}" is not known`, 'use "published" or "draft"');
  // YAML reads an unquoted 2026-11-21 as a date; accept it and keep the ISO text.
  const reviewed = d.last_reviewed instanceof Date ? d.last_reviewed.toISOString().slice(0, 10) : d.last_reviewed;
  if (!missing(d.last_reviewed) && !isIsoDate(reviewed)) error(["last_reviewed"], `"${String(d.last_reviewed)}" is not a valid date`, "write the date as YYYY-MM-DD, e.g. 2026-11-21");
  const area = (d.area && typeof d.area === "object" && !Array.isArray(d.area) ? d.area : {}) as Record<string, unknown>;
  if (!missing(d.area) && area !== d.area) error(["area"], "area must be a set of fields", "indent wards:, lsoas: and explanation: under area:");
  for (const key of Object.keys(area)) {
    if (!AREA_FIELDS.includes(key)) error(["area", key], `unknown field "area.${key}"`, unknownFieldFix(key, AREA_FIELDS, "area."));
  }
  const wards = stringList(yaml, problems, area.wards, ["area", "wards"], "ward codes");
  const lsoas = stringList(yaml, problems, area.lsoas, ["area", "lsoas"], "LSOA codes");
  if (area === d.area) {
    const malformed = [area.wards, area.lsoas].some((v) => v != null && !Array.isArray(v));
    if (wards.length + lsoas.length === 0 && !malformed) error(["area"], "the area has no wards or LSOAs", "list ward codes under area.wards or LSOA 2021 codes under area.lsoas");
    if (typeof area.explanation !== "string" || !area.explanation.trim()) {
      error(["area"], "area.explanation is missing", "say in one or two sentences why this geography stands for the neighbourhood");
    }
  }
  return {
    slug,
    title: String(d.title ?? ""),
    subtitle: d.subtitle == null ? "" : String(d.subtitle),
    borough: String(d.borough ?? ""),
    status: d.status === "draft" ? "draft" : "published",
    last_reviewed: isIsoDate(reviewed) ? reviewed : "",
    authors: stringList(yaml, problems, d.authors, ["authors"], "names"),
    area: {wards, lsoas, explanation: typeof area.explanation === "string" ? area.explanation.trim() : ""},
    sources: stringList(yaml, problems, d.sources, ["sources"], "sources")
  };
}

/** Parses and checks a story.yaml; throws a ContentError listing every problem, with its line. */
export function parseStoryDefinition(slug: string, file: string, text: string): StoryDefinition {
  const problems = new Problems();
  const definition = checkStoryDefinition(slug, file, text, problems);
  problems.throwIfErrors();
  return definition!;
}

export {YamlFile};
