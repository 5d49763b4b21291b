// Checks an editor's YAML file against its zod schema and words every issue for the editor, at its
// line: the schema says what a file may hold, and a table beside it (Wordings) says what to tell
// the editor about each field, so adding a field means editing that one module.
import {z} from "zod";
import {closest} from "../util/suggest.js";
import type {Problems} from "./problems.js";
import type {Path, YamlFile} from "./yamlFile.js";

/** What an editor reads: what is wrong, and how to put it right. */
export interface Wording {
  problem: string;
  fix: string;
}

/**
 * One schema issue, as an editor's mistake. `kind` is "unknown" for a field the format does not
 * have, "missing" for a required value that is absent, empty or blank, "invalid" for any other
 * wrong value, or the name a refinement gave its own check (see `flag`).
 */
export interface Mistake {
  kind: string;
  path: Path;
  /** The field's name (for "unknown", the unknown name). */
  field: string;
  /** 1-based number of the first list item the path goes through, for "voice 2" (0 when there is none). */
  item: number;
  /** What the file has there. */
  value: unknown;
  /** What a refinement's check found (see `flag`). */
  params: Record<string, unknown>;
}

/** The wording of each kind of mistake in one field. */
type FieldWording = Record<string, (mistake: Mistake) => Wording>;

/**
 * The wording of every field, by pattern: "title", "area.wards", "voices.*.consent" ("*" stands
 * for any list item, and as the last part for any field without its own entry); "" is the whole
 * file. An unknown field is worded by the entry of the fields around it. A missing value without
 * its own wording gets the field's "invalid" wording.
 */
export type Wordings = Record<string, FieldWording>;

export const said = (problem: string, fix: string): Wording => ({problem, fix});

/** In a refinement: reports the check named `check` as failed, with what it found for the wording. */
export function flag(ctx: z.RefinementCtx, check: string, params: Record<string, unknown> = {}, path: Path = []): void {
  ctx.addIssue({code: "custom", message: check, params: {check, ...params}, path: [...path]});
}

/** The fix for an unknown field: the closest known name when it looks like a typo, else the list. */
export function unknownFieldFix(key: string, known: readonly string[], prefix = ""): string {
  const near = closest(key, known, {maxDistance: 2});
  return near ? `did you mean "${prefix}${near}"?` : `use one of: ${known.map((k) => prefix + k).join(", ")}`;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && !value.trim());

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (v, key) => (isRecord(v) || Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined),
    value
  );
}

/** The editor's mistakes behind one issue: one per unknown field, else one. */
function mistakesOf(issue: z.core.$ZodIssue, value: unknown): Mistake[] {
  const at = (path: Path, kind: string, params: Record<string, unknown> = {}): Mistake => {
    const item = path.findIndex((key) => typeof key === "number");
    const field = String(path.findLast((key) => typeof key === "string") ?? "");
    return {kind, path, field, item: item < 0 ? 0 : (path[item] as number) + 1, value: valueAt(value, path), params};
  };
  const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
  if (issue.code === "unrecognized_keys") return issue.keys.map((key) => at([...path, key], "unknown"));
  const params = issue.code === "custom" ? (issue.params ?? {}) : {};
  if (typeof params.check === "string") return [at(path, params.check, params)];
  return [at(path, isBlank(valueAt(value, path)) ? "missing" : "invalid")];
}

function word(mistake: Mistake, wordings: Wordings, issue: z.core.$ZodIssue): Wording {
  const parts = mistake.path.map((key) => (typeof key === "number" ? "*" : key));
  const owner = mistake.kind === "unknown" ? parts.slice(0, -1) : parts;
  const patterns = owner.length ? [owner.join("."), [...owner.slice(0, -1), "*"].join(".")] : [""];
  const kinds = mistake.kind === "missing" ? ["missing", "invalid"] : [mistake.kind];
  for (const kind of kinds) {
    for (const pattern of patterns) {
      const wording = wordings[pattern]?.[kind];
      if (wording) return wording(mistake);
    }
  }
  // Should a field lack its wording, zod's own words still name the problem.
  return said(`${parts.join(".") || "the file"}: ${issue.message}`, "see docs/editors.md for what this file may hold");
}

/**
 * Checks a file's value against its schema, recording every mistake in the editor's words at its
 * line (unknown fields first, as they often explain the rest). The checked value, or undefined.
 */
export function checkYaml<S extends z.ZodType>(
  yaml: YamlFile,
  value: unknown,
  schema: S,
  wordings: Wordings,
  problems: Problems
): z.output<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const mistakes = result.error.issues.flatMap((issue) =>
    mistakesOf(issue, value).map((mistake) => ({mistake, issue}))
  );
  const unknown = mistakes.filter((m) => m.mistake.kind === "unknown");
  const ordered = [...unknown, ...mistakes.filter((m) => m.mistake.kind !== "unknown")];
  for (const {mistake, issue} of ordered) {
    const {problem, fix} = word(mistake, wordings, issue);
    problems.error(yaml.error(mistake.path, problem, fix));
  }
  return undefined;
}

/** A value whose fields may each be left out. */
export type Salvaged<T> = T extends readonly unknown[] ? T : T extends object ? {[K in keyof T]?: Salvaged<T[K]>} : T;

/**
 * The fields of a value that pass their own part of an object schema, for the checks that can go
 * on past a mistake elsewhere in the file (an unknown field must not hide a wrong ward code).
 */
export function salvage<S extends z.ZodType>(schema: S, value: unknown): Salvaged<z.output<S>> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data as Salvaged<z.output<S>>;
  if (!(schema instanceof z.ZodObject) || !isRecord(value)) return undefined;
  const fields = Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
    const part = salvage(field, value[key]);
    return part === undefined ? [] : [[key, part]];
  });
  return Object.fromEntries(fields) as Salvaged<z.output<S>>;
}
