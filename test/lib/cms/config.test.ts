import {describe, expect, it} from "vitest";
import {z} from "zod";
import {JSON_SCHEMAS} from "../../../src/lib/check/jsonSchemas.js";
import type {CmsChoices} from "../../../src/lib/cms/choices.js";
import {cmsConfig, STORY_PICKER} from "../../../src/lib/cms/config.js";
import type {CmsField} from "../../../src/lib/cms/fields.js";
import {localBackend} from "../../../src/lib/cms/options.js";
import {STEP_STATES} from "../../../src/lib/content/steps.js";
import {BOROUGHS} from "../../../src/lib/content/story.js";

const CHOICES: CmsChoices = {
  wards: [{label: "North Ward, Birmingham", value: "E05000001"}],
  wardNames: ["North Ward"],
  lsoas: [{label: "Fixture Hill, North Ward ward, Birmingham (E01000001)", value: "E01000001"}]
};
const config = cmsConfig(localBackend(8081), CHOICES);
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const fieldAt = (fields: CmsField[], path: string): CmsField => {
  const [name, ...rest] = path.split(".");
  const field = fields.find((f) => f.name === name)!;
  expect(field, path).toBeDefined();
  return rest.length ? fieldAt(field.fields as CmsField[], rest.join(".")) : field;
};

describe("the CMS configuration, made from the check's schemas", () => {
  // Every field of each file's schema is a field of its collection, so the CMS can write every field
  // the check reads and none it would call unknown.
  it.each([
    ["stories", "story"],
    ["voices", "voices"],
    ["activities", "activities"],
    ["places", "places"],
    ["charts", "chart"]
  ] as const)("%s has exactly the fields of %s.schema.json", (name, kind) => {
    const schema = z.toJSONSchema(JSON_SCHEMAS[kind].schema, {io: "input"}) as {properties: object; required: string[]};
    const fields = collection(name).fields as CmsField[];
    expect(fields.map((f) => f.name)).toEqual(Object.keys(schema.properties));
    for (const required of schema.required ?? []) {
      const field = fieldAt(fields, required);
      if (field.widget !== "list") expect(field.required, required).toBe(true);
    }
  });

  it("cannot save a voice without consent recorded as given and a consent date", () => {
    const voice = (name: string) => fieldAt(collection("voices").fields as CmsField[], `voices.${name}`);
    expect(voice("consent")).toMatchObject({widget: "select", options: ["given"], required: true});
    expect(voice("consent_date")).toMatchObject({widget: "datetime", format: "YYYY-MM-DD", required: true});
    expect(voice("collected")).toMatchObject({widget: "datetime", required: true});
    expect(voice("location")).toMatchObject({widget: "select", options: ["North Ward"], required: false});
  });

  it("picks wards and LSOAs by name, and writes their codes", () => {
    const fields = collection("stories").fields as CmsField[];
    expect(fieldAt(fields, "area.wards")).toMatchObject({widget: "select", multiple: true, options: CHOICES.wards});
    expect(fieldAt(fields, "area.lsoas")).toMatchObject({widget: "select", multiple: true, options: CHOICES.lsoas});
    expect(fieldAt(fields, "borough")).toMatchObject({widget: "select", options: [...BOROUGHS]});
    expect(fieldAt(fields, "last_reviewed")).toMatchObject({widget: "datetime", time_format: false});
  });

  it("offers each figure a step can show, and refuses a picture without alt text", () => {
    const steps = fieldAt(collection("steps").fields as CmsField[], "steps");
    const shows = fieldAt(steps.fields as CmsField[], "shows");
    expect((shows.options as {value: string}[]).map((o) => o.value)).toEqual(STEP_STATES.map((s) => s.state));
    const body = fieldAt(steps.fields as CmsField[], "body");
    const [pattern] = body.pattern as [string, string];
    expect(new RegExp(pattern).test("A mural: ![A mural on a wall](images/mural.jpg)")).toBe(true);
    expect(new RegExp(pattern).test("A mural: ![](images/mural.jpg)")).toBe(false);
    expect(new RegExp(pattern).test("A mural: ![ ](images/mural.jpg)")).toBe(false);
  });

  it("keeps the links' and languages' forms the check asks for", () => {
    const activities = collection("activities").fields as CmsField[];
    const [link] = fieldAt(activities, "activities.link").pattern as [string];
    expect(new RegExp(link).test("https://example.org/page")).toBe(true);
    expect(new RegExp(link).test("http://example.org/page")).toBe(false);
  });

  // The check refuses a story file in a folder without story.yaml: the CMS never asks for a typed folder name.
  it("saves a story's other files in the folder of a story picked from those that exist", () => {
    const stories = collection("stories");
    expect(stories.meta?.path).toMatchObject({widget: "string", index_file: "story"});
    for (const name of ["steps", "voices", "activities", "places"]) {
      const {meta, folder} = collection(name);
      expect(meta?.path, name).toMatchObject({widget: STORY_PICKER, collection: "stories", folder: stories.folder});
      expect(meta?.path.index_file, name).toBe(name);
      expect(folder, name).toBe(stories.folder);
    }
  });

  it("saves locally in the simple mode, and hosted through pull requests", () => {
    expect(config.backend).toEqual({name: "proxy", proxy_url: "http://127.0.0.1:8081/api/v1", branch: "main"});
    const hosted = cmsConfig({name: "github", repo: "o/r", branch: "main"}, CHOICES);
    expect(hosted).toMatchObject({backend: {name: "github", repo: "o/r"}, publish_mode: "editorial_workflow"});
  });
});
