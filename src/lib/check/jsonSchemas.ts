// The JSON Schema of each content file, generated from its zod schema into schemas/, so editors'
// text editors (yaml-language-server) offer completion and flag mistakes as the editor types.
import {posix} from "node:path";
import {z} from "zod";
import {activitiesSchema} from "../content/activities.js";
import {chartSchema} from "../content/localChart.js";
import {placesSchema} from "../content/places.js";
import {siteSchema} from "../content/site.js";
import {storySchema} from "../content/story.js";
import {voicesSchema} from "../content/voices.js";
import {riskWeightsFileSchema} from "../risk/weights.js";

/** Folder of the generated files, relative to the project root (npm run schemas writes it). */
export const SCHEMAS_DIR = "schemas";

/** Each content file's JSON Schema file, under SCHEMAS_DIR, and the zod schema it comes from. */
export const JSON_SCHEMAS = {
  story: {file: "story.schema.json", schema: storySchema},
  voices: {file: "voices.schema.json", schema: voicesSchema},
  activities: {file: "activities.schema.json", schema: activitiesSchema},
  places: {file: "places.schema.json", schema: placesSchema},
  chart: {file: "chart.schema.json", schema: chartSchema},
  riskIndex: {file: "risk-index.schema.json", schema: riskWeightsFileSchema},
  site: {file: "site.schema.json", schema: siteSchema}
} satisfies Record<string, {file: string; schema: z.ZodType}>;

export type ContentFileKind = keyof typeof JSON_SCHEMAS;

/**
 * The text of a JSON Schema file. It describes what an editor writes (the schema's input): a
 * list may be left empty, a subtitle left out.
 */
export function jsonSchemaText(kind: ContentFileKind): string {
  return `${JSON.stringify(z.toJSONSchema(JSON_SCHEMAS[kind].schema, {io: "input", target: "draft-07"}), null, 2)}\n`;
}

/**
 * The first line of a content file that points yaml-language-server at its JSON Schema, for a
 * file in `folder` (relative to the project root, e.g. "content/stories/heath-town").
 */
export function schemaComment(kind: ContentFileKind, folder: string): string {
  return `# yaml-language-server: $schema=${posix.relative(folder, posix.join(SCHEMAS_DIR, JSON_SCHEMAS[kind].file))}`;
}
