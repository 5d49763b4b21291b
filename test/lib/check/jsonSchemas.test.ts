import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join, posix} from "node:path";
import {describe, expect, it} from "vitest";
import {
  JSON_SCHEMAS,
  jsonSchemaText,
  SCHEMAS_DIR,
  schemaComment,
  type ContentFileKind
} from "../../../src/lib/check/jsonSchemas.js";

const root = join(import.meta.dirname, "..", "..", "..");
const kinds = Object.keys(JSON_SCHEMAS) as ContentFileKind[];

describe("JSON Schemas of the content files", () => {
  it.each(kinds)("schemas/ holds the %s schema as generated from its zod schema (else run npm run schemas)", (kind) => {
    const file = join(root, SCHEMAS_DIR, JSON_SCHEMAS[kind].file);
    expect(existsSync(file), `${file} is missing: run npm run schemas`).toBe(true);
    expect(readFileSync(file, "utf8"), `${file} is out of date: run npm run schemas`).toBe(jsonSchemaText(kind));
  });

  it("describes what an editor writes: required fields, known values, no unknown fields", () => {
    const story = JSON.parse(jsonSchemaText("story"));
    expect(story.required).toEqual(["title", "borough", "status", "last_reviewed", "area"]);
    expect(story.additionalProperties).toBe(false);
    expect(story.properties.status.enum).toEqual(["published", "draft"]);
    expect(story.properties.area.properties.explanation.description).toMatch(/why this geography/);
  });

  it("points a content file at its schema by a path relative to the file", () => {
    expect(schemaComment("story", "content/stories/heath-town")).toBe(
      "# yaml-language-server: $schema=../../../schemas/story.schema.json"
    );
    expect(schemaComment("chart", "content/stories/heath-town/charts")).toBe(
      "# yaml-language-server: $schema=../../../../schemas/chart.schema.json"
    );
    expect(schemaComment("riskIndex", "config")).toBe(
      "# yaml-language-server: $schema=../schemas/risk-index.schema.json"
    );
  });

  it("is named by every content file of the project, at its first line", () => {
    const files: [ContentFileKind, string][] = [
      ["riskIndex", "config/risk-index.yaml"],
      ["site", "config/site.yaml"]
    ];
    for (const slug of readdirSync(join(root, "content", "stories"))) {
      for (const kind of ["story", "voices", "activities"] as const)
        files.push([kind, `content/stories/${slug}/${kind}.yaml`]);
    }
    for (const [kind, file] of files) {
      expect(readFileSync(join(root, file), "utf8").split("\n")[0], file).toBe(
        schemaComment(kind, posix.dirname(file))
      );
    }
  });
});
