// activities.yaml: what the VRU and its partners do in the place, each with where that is known from.
import {z} from "zod";
import {list, optionalText, text} from "./fields.js";
import {Problems} from "./problems.js";
import {checkYaml, flag, said, type Mistake, type Wordings} from "./schema.js";
import {YamlFile} from "./yamlFile.js";

const activitySchema = z
  .strictObject({
    title: text.describe("Name of the project or service"),
    description: text.describe("One or two sentences on what it does and for whom"),
    partners: list(z.string()).describe("Optional: the organisations involved"),
    dates: z
      .union([z.string(), z.number()])
      .nullish()
      .transform((dates) => (dates === undefined || dates === null ? null : String(dates)))
      .describe('Optional, free text, e.g. "2020 to 2021" or "from April 2021"'),
    link: z
      .string()
      .regex(/^https:\/\/[^\s]+$/)
      .nullish()
      .transform((link) => link ?? null)
      .describe("Optional: a full https:// address"),
    // Optional: a community navigator may know of work first-hand that no document describes yet.
    source: optionalText.describe(
      "Optional: the document the entry is taken from (publisher, title, year, section), when there is one"
    )
  })
  .describe("Something the VRU or its partners do in the place");

export const activitiesSchema = z
  .strictObject({
    note: optionalText.describe(
      "Said plainly when little is known about the work in this place; required with no activities"
    ),
    activities: list(activitySchema).describe("The activities, each with its source when there is one")
  })
  .superRefine(({note, activities}, ctx) => {
    if (activities.length === 0 && !note) flag(ctx, "empty");
  })
  .describe("What is happening in a story's place: content/stories/<slug>/activities.yaml (see docs/editors.md)");

/** What the VRU and its partners do in the place, each with where that is known from, and a note. */
export type Activities = z.output<typeof activitiesSchema>;

const activity = ({item}: Mistake) => `activity ${item}`;
const partners = {
  invalid: (m: Mistake) =>
    said(
      `${activity(m)}: partners must be a list of names of organisations`,
      'write one per line, each starting with "- "'
    )
};
const link = (m: Mistake) =>
  said(
    `${activity(m)}: link "${String(m.value)}" is not a web address`,
    "use a full https:// address or leave the link out"
  );

const ACTIVITIES_WORDINGS: Wordings = {
  "": {
    invalid: () => said("activities.yaml must have an activities: list", 'start the file with "activities:"'),
    unknown: ({field}) => said(`unknown field "${field}"`, "use note: and activities:"),
    empty: () =>
      said(
        "there are no activities and no note",
        "add activities with their sources, or a note: saying honestly that little is known"
      )
  },
  note: {invalid: () => said("note must be text", "write it on the same line, or after >- on the lines below")},
  activities: {
    invalid: () => said("activities must be a list", 'write each activity as an item starting with "- title:"')
  },
  "activities.*": {
    invalid: (m) => said(`${activity(m)} is not a set of fields`, "give it title:, description: and source:"),
    unknown: (m) =>
      said(`unknown field "${m.field}" in ${activity(m)}`, `use: ${Object.keys(activitySchema.shape).join(", ")}`)
  },
  "activities.*.*": {
    missing: (m) => said(`${activity(m)} has no ${m.field}`, `add "${m.field}:"`),
    invalid: (m) =>
      said(`${activity(m)}: ${m.field} must be text`, "write it on the same line, in quotes if it has a colon")
  },
  "activities.*.partners": partners,
  "activities.*.partners.*": partners,
  // An empty link is a wrong link, not a missing one: the link is optional.
  "activities.*.link": {missing: link, invalid: link}
};

/** Reads activities.yaml; every entry needs a title and a description, and gives its source when it has one. */
export function parseActivities(file: string, text: string): Activities {
  const yaml = new YamlFile(file, text);
  const problems = new Problems();
  const activities = checkYaml(yaml, yaml.value() ?? {}, activitiesSchema, ACTIVITIES_WORDINGS, problems);
  problems.throwIfErrors();
  return activities!;
}
