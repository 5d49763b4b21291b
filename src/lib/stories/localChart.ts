import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {parseCsv} from "../sources/csv.js";
import {unknownFieldFix} from "./definition.js";
import {ContentError, Problems, YamlFile} from "./yaml.js";

/** A narrative line in steps.md that places a local chart: "chart: <name>". */
export const CHART_LINE = /^chart:\s*(\S+)\s*$/;

/** The marks a local chart can use: a line over time, bars per category, or dots. */
export const CHART_TYPES = ["line", "bar", "dot"] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** charts/<name>.yaml: what to draw from charts/<name>.csv. No code, only these fields. */
export interface ChartSpec {
  name: string;
  title: string;
  type: ChartType;
  /** CSV column on the x axis (years, categories…). */
  x: string;
  /** CSV column of numbers on the y axis. */
  y: string;
  x_label: string;
  y_label: string;
  units: string;
  /** Where the numbers come from: publisher, title, year, table or page. */
  source: string;
}

export interface LocalChart {
  spec: ChartSpec;
  rows: {x: string; y: number}[];
}

const FIELDS = ["title", "type", "x", "y", "x_label", "y_label", "units", "source"];
const REQUIRED = ["title", "type", "x", "y", "units", "source"];

/**
 * Checks one local chart (its spec and CSV), recording every problem. `specFile`/`csvFile` are
 * the paths shown in messages; csvText is null when the CSV does not exist.
 */
export function checkLocalChart(name: string, specFile: string, specText: string, csvFile: string, csvText: string | null, problems: Problems): LocalChart | undefined {
  const yaml = problems.collect(() => new YamlFile(specFile, specText));
  if (!yaml) return undefined;
  const data = yaml.value();
  const error = (path: string[], problem: string, fix: string) => problems.error(yaml.error(path, problem, fix));
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    error([], "a chart spec must be a set of fields (title:, type:, x:, y:, units:, source:)", "see docs/editors.md, section Local charts");
    return undefined;
  }
  const d = data as Record<string, unknown>;
  for (const key of Object.keys(d)) if (!FIELDS.includes(key)) error([key], `unknown field "${key}"`, unknownFieldFix(key, FIELDS));
  let complete = true;
  for (const key of REQUIRED) {
    if (typeof d[key] !== "string" || !(d[key] as string).trim()) {
      error(d[key] === undefined ? [] : [key], `required field "${key}" is missing`, `add a line "${key}: …"`);
      complete = false;
    }
  }
  if (typeof d.type === "string" && !(CHART_TYPES as readonly string[]).includes(d.type)) {
    error(["type"], `chart type "${d.type}" is not known`, `use one of: ${CHART_TYPES.join(", ")}`);
    complete = false;
  }
  if (csvText === null) {
    problems.error(new ContentError(specFile, undefined, `the chart has no data file ${csvFile}`, `save the chart's numbers as ${csvFile}, with a header row`));
    return undefined;
  }
  const csv = parseCsv(csvText);
  if (!csv.header.length || !csv.records.length) {
    problems.error(new ContentError(csvFile, 1, "the CSV has no rows of data", "put the column names on the first line and one row per line below"));
    return undefined;
  }
  const column = (key: "x" | "y") => {
    const name = typeof d[key] === "string" ? (d[key] as string).trim() : "";
    if (name && !csv.header.includes(name)) {
      problems.error(new ContentError(csvFile, 1, `the CSV has no column "${name}", which ${specFile} names as ${key}`, `the columns are: ${csv.header.join(", ")}; rename the column or change ${key}:`));
      return -1;
    }
    return csv.header.indexOf(name);
  };
  const xi = column("x");
  const yi = column("y");
  if (xi < 0 || yi < 0 || !complete) return undefined;
  for (const r of csv.records) {
    if (r.values.length !== csv.header.length) problems.error(new ContentError(csvFile, r.line, `this row has ${r.values.length} values but the header has ${csv.header.length} columns`, 'write numbers without thousands separators (1200, not 1,200) and put text with commas in "quotes"'));
  }
  const rows = csv.records.map((r) => {
    const text = (r.values[yi] ?? "").trim().replace(/,/g, "");
    const value = Number(text);
    if (text === "" || !Number.isFinite(value)) {
      problems.error(new ContentError(csvFile, r.line, `"${r.values[yi] ?? ""}" in column "${d.y}" is not a number`, "write numbers only (no units or % signs); leave no cell empty"));
    }
    return {x: (r.values[xi] ?? "").trim(), y: value};
  });
  const spec = {name, title: str(d.title), type: d.type as ChartType, x: str(d.x), y: str(d.y), x_label: str(d.x_label) || str(d.x), y_label: str(d.y_label) || str(d.y), units: str(d.units), source: str(d.source)};
  return {spec, rows};
}

const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/** Reads a local chart for a page, throwing every problem at once (for loaders). */
export function parseLocalChart(...args: Parameters<typeof checkLocalChart> extends [...infer A, Problems] ? A : never): LocalChart {
  const problems = new Problems();
  const chart = checkLocalChart(...args, problems);
  problems.throwIfErrors();
  return chart!;
}

/** Every local chart of a story folder (charts/<name>.yaml with <name>.csv), by name. */
export function readStoryCharts(contentDir: string, slug: string, root: string): Record<string, LocalChart> {
  const dir = join(contentDir, "stories", slug, "charts");
  if (!existsSync(dir)) return {};
  const charts: Record<string, LocalChart> = {};
  for (const file of readdirSync(dir).sort()) {
    const name = /^(.+)\.ya?ml$/.exec(file)?.[1];
    if (!name) continue;
    const csv = join(dir, `${name}.csv`);
    charts[name] = parseLocalChart(name, relative(root, join(dir, file)), readFileSync(join(dir, file), "utf8"), relative(root, csv), existsSync(csv) ? readFileSync(csv, "utf8") : null);
  }
  return charts;
}
