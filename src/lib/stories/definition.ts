import type {AreaDefinition} from "./area.js";
import {YamlFile} from "./yaml.js";

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

const FIELDS = ["title", "subtitle", "borough", "status", "last_reviewed", "authors", "area", "sources"] as const;
const REQUIRED = ["title", "borough", "status", "last_reviewed", "area"] as const;
const BOROUGHS = ["Birmingham", "Coventry", "Dudley", "Sandwell", "Solihull", "Walsall", "Wolverhampton"];

/** An ISO calendar date that exists (2026-02-30 does not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function stringList(yaml: YamlFile, value: unknown, path: string[], what: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) throw yaml.error(path, `${path.join(".")} must be a list of ${what}`, `write one per line, each starting with "- "`);
  return value.map((v: string) => v.trim());
}

/** Parses and checks a story.yaml; the first problem is thrown as a ContentError with its line. */
export function parseStoryDefinition(slug: string, file: string, text: string): StoryDefinition {
  const yaml = new YamlFile(file, text);
  const data = yaml.value();
  if (!data || typeof data !== "object" || Array.isArray(data)) throw yaml.error([], "story.yaml must be a set of fields (title:, borough:, …)", "see docs/editors.md for an example");
  const d = data as Record<string, unknown>;
  for (const key of Object.keys(d)) {
    if (!(FIELDS as readonly string[]).includes(key)) throw yaml.error([key], `unknown field "${key}"`, `use one of: ${FIELDS.join(", ")}`);
  }
  for (const key of REQUIRED) {
    if (d[key] === undefined || d[key] === null || d[key] === "") throw yaml.error([], `required field "${key}" is missing`, `add a line "${key}: …"`);
  }
  if (!BOROUGHS.includes(String(d.borough))) throw yaml.error(["borough"], `"${String(d.borough)}" is not one of the seven boroughs`, `use one of: ${BOROUGHS.join(", ")}`);
  if (d.status !== "published" && d.status !== "draft") throw yaml.error(["status"], `status "${String(d.status)}" is not known`, 'use "published" or "draft"');
  // YAML reads an unquoted 2026-11-21 as a date; accept it and keep the ISO text.
  const reviewed = d.last_reviewed instanceof Date ? d.last_reviewed.toISOString().slice(0, 10) : d.last_reviewed;
  if (!isIsoDate(reviewed)) throw yaml.error(["last_reviewed"], `"${String(d.last_reviewed)}" is not a valid date`, "write the date as YYYY-MM-DD, e.g. 2026-11-21");
  const area = (d.area ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(area)) {
    if (!["wards", "lsoas", "explanation"].includes(key)) throw yaml.error(["area", key], `unknown field "area.${key}"`, "use wards, lsoas and explanation");
  }
  const wards = stringList(yaml, area.wards, ["area", "wards"], "ward codes");
  const lsoas = stringList(yaml, area.lsoas, ["area", "lsoas"], "LSOA codes");
  if (wards.length + lsoas.length === 0) throw yaml.error(["area"], "the area has no wards or LSOAs", "list ward codes under area.wards or LSOA 2021 codes under area.lsoas");
  if (typeof area.explanation !== "string" || !area.explanation.trim()) {
    throw yaml.error(["area"], "area.explanation is missing", "say in one or two sentences why this geography stands for the neighbourhood");
  }
  return {
    slug,
    title: String(d.title),
    subtitle: d.subtitle === undefined ? "" : String(d.subtitle),
    borough: String(d.borough),
    status: d.status,
    last_reviewed: reviewed,
    authors: stringList(yaml, d.authors, ["authors"], "names"),
    area: {wards, lsoas, explanation: area.explanation.trim()},
    sources: stringList(yaml, d.sources, ["sources"], "sources")
  };
}

export {YamlFile};
