// story.yaml: what a story is about and which geography stands for the place.
import {z} from "zod";
import {CRIME_TYPES, type CrimeType} from "../inputs/policeStreet.js";
import {oneOf} from "../util/suggest.js";
import {isoDate, list, text} from "./fields.js";
import {Problems} from "./problems.js";
import {checkYaml, flag, isRecord, said, salvage, unknownFieldFix, type Salvaged, type Wordings} from "./schema.js";
import {YamlFile} from "./yamlFile.js";

export const BOROUGHS = [
  "Birmingham",
  "Coventry",
  "Dudley",
  "Sandwell",
  "Solihull",
  "Walsall",
  "Wolverhampton"
] as const;

const AREA_ISSUES = ["wards", "lsoas"];

export const areaSchema = z
  .strictObject({
    wards: list(text).describe("Ward codes (May 2025, E05…); the whole of each ward is in the area"),
    lsoas: list(text).describe("LSOA 2021 codes (E01…), for an area smaller than a ward"),
    explanation: text.describe("One or two sentences: why this geography stands for the neighbourhood")
  })
  .superRefine(
    (area, ctx) => {
      if (area.wards.length + area.lsoas.length === 0) flag(ctx, "empty");
    },
    {
      // Said even when the explanation is missing too, but not about lists that are themselves wrong.
      when: ({value, issues}) =>
        isRecord(value) && !issues.some((issue) => AREA_ISSUES.includes(String(issue.path?.[0])))
    }
  )
  .describe("What the story's area is made of: whole wards, LSOA 2021 codes, or both");

/** The police.uk crime type every monthly trend shows first: the violence the stories are about. */
export const POLICE_TREND_FIRST: CrimeType = "Violence and sexual offences";
/** The types a story's trend shows beside it unless story.yaml names its own (police_trend_types). */
export const DEFAULT_POLICE_TREND_TYPES: readonly CrimeType[] = ["Robbery", "Possession of weapons"];
/** Room for this many beside the first: each line has a colour and a symbol of its own (components/compareChart.ts). */
const MAX_POLICE_TREND_TYPES = 4;

/** The types a story may add to its trend: every other type in the archive. */
const OTHER_CRIME_TYPES = CRIME_TYPES.filter((type) => type !== POLICE_TREND_FIRST);

const policeTrendTypes = z
  .array(z.enum(OTHER_CRIME_TYPES as [CrimeType, ...CrimeType[]]))
  // Counted here, not with .max(): zod would also measure a string written instead of a list. Run on
  // any list, even one with an unknown type, so that the check reports every mistake at once.
  .superRefine(
    (types, ctx) => {
      if (types.length > MAX_POLICE_TREND_TYPES) flag(ctx, "tooMany", {count: types.length});
      types.forEach((type, i) => {
        if (types.indexOf(type) < i) flag(ctx, "twice", {}, [i]);
      });
    },
    {when: (payload) => Array.isArray(payload.value)}
  )
  .nullish()
  .transform((types): readonly CrimeType[] => types ?? DEFAULT_POLICE_TREND_TYPES)
  .describe(
    `The police.uk crime types that matter to the story, shown beside ${POLICE_TREND_FIRST.toLowerCase()} in ` +
      `its monthly trend when the site has police.uk's files (at most ${MAX_POLICE_TREND_TYPES}; left out: ` +
      `${DEFAULT_POLICE_TREND_TYPES.join(", ").toLowerCase()})`
  );

export const storySchema = z
  .strictObject({
    title: z.string().regex(/\S/).describe("The place's name"),
    subtitle: z
      .string()
      .nullish()
      .transform((value) => value ?? "")
      .describe("The story's summary: one line under the title"),
    borough: z.enum(BOROUGHS).describe("The borough; it must contain the area"),
    status: z.enum(["published", "draft"]).describe("draft (shown only in the dev server) or published"),
    last_reviewed: isoDate.describe("The date someone last checked the whole story, YYYY-MM-DD"),
    authors: list(text).describe("Names or teams, shown on the page"),
    area: areaSchema,
    sources: list(text).describe("The documents the narrative relies on (title, year, section)"),
    police_trend_types: policeTrendTypes
  })
  .describe("A story of the West Midlands story maps: content/stories/<slug>/story.yaml (see docs/editors.md)");

export type AreaDefinition = z.output<typeof areaSchema>;
/** The fields of a story's story.yaml, and its slug (the folder's name). */
export type StoryDefinition = {slug: string} & z.output<typeof storySchema>;
/** What could be read of a story.yaml with mistakes: every field that passed its own check. */
export type CheckedDefinition = {slug: string} & Salvaged<z.output<typeof storySchema>> & {
    area: Pick<AreaDefinition, "wards" | "lsoas">;
  };

const required = {
  missing: ({field}: {field: string}) => said(`required field "${field}" is missing`, `add a line "${field}: …"`)
};
const listOf = (name: string, what: string) => {
  const wording = {
    invalid: () => said(`${name} must be a list of ${what}`, 'write one per line, each starting with "- "')
  };
  return {[name]: wording, [`${name}.*`]: wording};
};

const STORY_WORDINGS: Wordings = {
  "": {
    invalid: () =>
      said("story.yaml must be a set of fields (title:, borough:, …)", "see docs/editors.md for an example"),
    unknown: ({field}) => said(`unknown field "${field}"`, unknownFieldFix(field, Object.keys(storySchema.shape)))
  },
  "*": required,
  title: {invalid: () => said("title must be text", "write the title on the same line, in quotes if it has a colon")},
  subtitle: {invalid: () => said("subtitle must be text", "write it on the same line, in quotes if it has a colon")},
  borough: {
    invalid: ({value}) => said(`"${String(value)}" is not one of the seven boroughs`, oneOf(String(value), BOROUGHS))
  },
  status: {invalid: ({value}) => said(`status "${String(value)}" is not known`, 'use "published" or "draft"')},
  last_reviewed: {
    invalid: ({value}) =>
      said(`"${String(value)}" is not a valid date`, "write the date as YYYY-MM-DD, e.g. 2026-11-21")
  },
  ...listOf("authors", "names"),
  ...listOf("sources", "sources"),
  area: {
    ...required,
    invalid: () => said("area must be a set of fields", "indent wards:, lsoas: and explanation: under area:"),
    unknown: ({field}) =>
      said(`unknown field "area.${field}"`, unknownFieldFix(field, Object.keys(areaSchema.shape), "area.")),
    empty: () =>
      said("the area has no wards or LSOAs", "list ward codes under area.wards or LSOA 2021 codes under area.lsoas")
  },
  police_trend_types: {
    invalid: () =>
      said("police_trend_types must be a list of police.uk crime types", 'write one per line, each starting with "- "'),
    tooMany: ({params}) =>
      said(
        `police_trend_types lists ${String(params.count)} crime types; the trend has room for ` +
          `${MAX_POLICE_TREND_TYPES} beside ${POLICE_TREND_FIRST.toLowerCase()}`,
        `keep the ${MAX_POLICE_TREND_TYPES} that matter most to the story`
      )
  },
  "police_trend_types.*": {
    invalid: ({value}) =>
      value === POLICE_TREND_FIRST
        ? said(`"${POLICE_TREND_FIRST}" is always the trend's first line`, "leave it out of police_trend_types")
        : said(`"${String(value)}" is not a police.uk crime type`, oneOf(String(value), CRIME_TYPES)),
    twice: ({value}) => said(`"${String(value)}" is listed twice`, "list each crime type once")
  },
  ...listOf("area.wards", "ward codes"),
  ...listOf("area.lsoas", "LSOA codes"),
  "area.explanation": {
    missing: () =>
      said(
        "area.explanation is missing",
        "say in one or two sentences why this geography stands for the neighbourhood"
      ),
    invalid: () => said("area.explanation must be text", "write one or two sentences after explanation:")
  }
};

/**
 * Checks a story.yaml, recording every problem (with its line) in `problems`. Returns what could be
 * read even when some fields are wrong, so later checks (area codes, links) can still run; callers
 * decide from `problems` whether it is usable. Undefined when the file is not a set of fields.
 */
export function checkStoryDefinition(slug: string, yaml: YamlFile, problems: Problems): CheckedDefinition | undefined {
  const value = yaml.value();
  const checked = checkYaml(yaml, value, storySchema, STORY_WORDINGS, problems);
  if (checked) return {slug, ...checked};
  if (!isRecord(value)) return undefined;
  const fields = salvage(storySchema, value) ?? {};
  return {slug, ...fields, area: {wards: [], lsoas: [], ...fields.area}};
}

/** Parses and checks a story.yaml; throws a ContentError listing every problem, with its line. */
export function parseStoryDefinition(slug: string, file: string, text: string): StoryDefinition {
  const problems = new Problems();
  const definition = checkStoryDefinition(slug, new YamlFile(file, text), problems);
  problems.throwIfErrors();
  return definition as StoryDefinition;
}
