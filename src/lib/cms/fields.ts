// Decap CMS fields made from a content file's JSON Schema, itself made from the zod schema that
// npm run check uses (src/lib/check/jsonSchemas.ts): what is required, each enum's choices, which
// fields are dates or numbers, and each field's description as its hint come from one place, so
// the CMS asks for what the check wants and refuses to save what it would refuse.

/** A JSON Schema node, as z.toJSONSchema writes it (draft-07, the editor's input). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: string[];
  const?: string;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  description?: string;
}

/** One field of a Decap CMS collection (https://decapcms.org/docs/widgets/). */
export type CmsField = {name: string; label: string; widget: string; required?: boolean; hint?: string} & Record<
  string,
  unknown
>;

/** A field that a collection writes differently from what its schema alone would give, by dotted path. */
export type FieldOverride = (field: CmsField) => CmsField;

/** How a date is written in every content file: the check's isoDate. */
export const DATE_FORMAT = "YYYY-MM-DD";

const ACRONYMS: Record<string, string> = {
  lsoas: "LSOAs",
  x: "X column",
  y: "Y column",
  x_label: "X axis label",
  y_label: "Y axis label"
};

/** "last_reviewed" → "Last reviewed"; "lsoas" → "LSOAs". */
const labelOf = (name: string) => ACRONYMS[name] ?? name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, " ");

/** The schema of a value that may also be left out (null): the value's own schema, and whether null was allowed. */
function nonNull(schema: JsonSchema): {schema: JsonSchema; nullable: boolean} {
  if (schema.anyOf) {
    const values = schema.anyOf.filter((s) => s.type !== "null");
    if (values.length === 1)
      return {schema: {...values[0], description: schema.description ?? values[0].description}, nullable: true};
  }
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const types = schema.type.filter((t) => t !== "null");
    return {schema: {...schema, type: types.length === 1 ? types[0] : types}, nullable: true};
  }
  return {schema, nullable: false};
}

/** What a field's pattern asks for, said to the editor when a value does not match it. */
const patternMessage = (schema: JsonSchema) =>
  schema.pattern === "\\S"
    ? "must not be blank"
    : `is not in the form asked for: ${schema.description ?? schema.pattern}`;

/** The widget and its options for one schema node. */
function widgetOf(schema: JsonSchema, path: string, overrides: Record<string, FieldOverride>): Record<string, unknown> {
  if (schema.format === "date")
    return {widget: "datetime", format: DATE_FORMAT, date_format: DATE_FORMAT, time_format: false, picker_utc: true};
  if (schema.const !== undefined) return {widget: "select", options: [schema.const]};
  if (schema.enum) return {widget: "select", options: schema.enum};
  if (schema.type === "number" || schema.type === "integer")
    return {
      widget: "number",
      value_type: schema.type === "integer" ? "int" : "float",
      ...(schema.minimum !== undefined && {min: schema.minimum}),
      ...(schema.maximum !== undefined && {max: schema.maximum})
    };
  if (schema.type === "object") return {widget: "object", fields: cmsFields(schema, path, overrides)};
  if (schema.type === "array" && schema.items) {
    const item = nonNull(schema.items).schema;
    if (item.type === "object") return {widget: "list", fields: cmsFields(item, `${path}.*`, overrides)};
    return {widget: "list", field: {name: "item", label: "Item", ...widgetOf(item, `${path}.*`, overrides)}};
  }
  return {widget: "string"};
}

/**
 * The fields of an object schema, in its order. A field the schema requires is required in the
 * CMS; a list, which the check lets an editor leave out or empty, is not. `overrides` change the
 * field at a dotted path ("area.wards", "voices.*.location"): a select of names instead of typed codes.
 */
export function cmsFields(object: JsonSchema, path = "", overrides: Record<string, FieldOverride> = {}): CmsField[] {
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const at = path ? `${path}.${name}` : name;
    const {schema, nullable} = nonNull(property);
    const field: CmsField = {
      name,
      label: labelOf(name),
      ...widgetOf(schema, at, overrides),
      required: required.has(name) && !nullable && schema.type !== "array",
      ...(schema.description && {hint: schema.description}),
      // A date picker writes real dates, so the long date pattern is left to it.
      ...(schema.pattern && schema.format !== "date" && {pattern: [schema.pattern, patternMessage(schema)]})
    } as CmsField;
    return overrides[at] ? overrides[at](field) : field;
  });
}
