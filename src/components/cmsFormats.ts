// How the CMS reads and writes a story's files (run in the admin page, and in unit tests): YAML
// files keep the line naming their JSON Schema and lose the fields that exist only in the CMS, and
// steps.md, one "## Heading / shows: … / text" section per step, is edited as a list of steps.
import {parse, stringify} from "yaml";

/** Fields the CMS adds to an entry that no content file has: which kind of file, and steps.md's notes. */
export const CMS_ONLY = ["_kind", "_preamble"];

export type EntryData = Record<string, unknown>;

/**
 * Which file of a story folder a YAML text is, from its fields: every collection lists the same
 * folders, so each keeps only its own kind (its `filter` on `_kind`).
 */
export function kindOf(data: unknown): string | null {
  if (!data || typeof data !== "object" || Array.isArray(data)) return null;
  const has = (key: string) => key in data;
  if (has("title") && has("area")) return "story";
  if (has("voices")) return "voices";
  if (has("activities") || has("note")) return "activities";
  if (has("places")) return "places";
  if (has("type") && has("x") && has("y")) return "chart";
  return null;
}

/** A value with its empty parts left out: a field the editor left blank is not written at all. */
function pruned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruned).filter((v) => v !== undefined);
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .map(([key, v]) => [key, pruned(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value === "" || value === null ? undefined : value;
}

export function yamlFromFile(text: string): EntryData {
  const data = (parse(text) ?? {}) as EntryData;
  return {...data, _kind: kindOf(data)};
}

/** The file's text: its schema line, then its fields without the CMS's own; a list stays even when empty. */
export function yamlToFile(data: EntryData, comment: string | null): string {
  const fields = Object.fromEntries(Object.entries(data).filter(([key]) => !CMS_ONLY.includes(key)));
  const kept = Object.fromEntries(
    Object.entries(fields)
      .map(([key, value]) => [key, pruned(value)] as const)
      .filter(([, value]) => value !== undefined)
  );
  const yaml = stringify(kept, {lineWidth: 0});
  return comment ? `${comment}\n${yaml}` : yaml;
}

export interface StepEntry {
  heading: string;
  shows: string;
  body: string;
}

/** steps.md as a list of steps; text before the first section (editors' notes in comments) is kept aside. */
export function stepsFromFile(text: string): EntryData {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const first = lines.findIndex((line) => line.startsWith("## "));
  const preamble = (first < 0 ? lines : lines.slice(0, first)).join("\n").trim();
  const steps: StepEntry[] = [];
  for (const line of first < 0 ? [] : lines.slice(first)) {
    if (line.startsWith("## ")) steps.push({heading: line.slice(3).trim(), shows: "", body: ""});
    else {
      const step = steps.at(-1)!;
      const shows = /^shows:\s*(\S.*)$/.exec(line);
      if (shows && !step.shows && !step.body.trim()) step.shows = shows[1].trim();
      else step.body += `${line}\n`;
    }
  }
  return {
    ...(preamble && {_preamble: preamble}),
    _kind: "steps",
    steps: steps.map((s) => ({...s, body: s.body.trim()}))
  };
}

export function stepsToFile(data: EntryData): string {
  const steps = (data.steps ?? []) as StepEntry[];
  const sections = steps.map((s) => `## ${s.heading.trim()}\nshows: ${s.shows}\n\n${(s.body ?? "").trim()}\n`);
  const preamble = typeof data._preamble === "string" && data._preamble ? [`${data._preamble}\n`] : [];
  return [...preamble, ...sections].join("\n");
}
