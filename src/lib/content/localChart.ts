// charts/<name>.yaml: how to draw the numbers of charts/<name>.csv, with no code, only these fields.
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {z} from "zod";
import {parseCsv} from "../sources/csv.js";
import {optionalText, text} from "./fields.js";
import {ContentError, Problems} from "./problems.js";
import {checkYaml, isRecord, said, salvage, unknownFieldFix, type Wordings} from "./schema.js";
import {YamlFile} from "./yamlFile.js";

/** The marks a local chart can use: a line over time, bars per category, or dots. */
export const CHART_TYPES = ["line", "bar", "dot"] as const;

export const chartSchema = z
  .strictObject({
    title: text.describe("The chart's title"),
    type: z.enum(CHART_TYPES).describe("line (change over time), bar (compare categories) or dot"),
    x: text.describe("The CSV column on the x axis (years, categories…)"),
    y: text.describe("The CSV column of numbers on the y axis"),
    x_label: optionalText.describe("Optional: the x axis label; defaults to the column name"),
    y_label: optionalText.describe("Optional: the y axis label; defaults to the column name"),
    units: text.describe('What the numbers count, e.g. "sessions a year"'),
    source: text.describe("Where the numbers come from: publisher, title, year, table or page")
  })
  .describe(
    "A local chart of a story: content/stories/<slug>/charts/<name>.yaml beside <name>.csv (see docs/editors.md)"
  );

/** charts/<name>.yaml, checked, with its name and the axis labels filled in. */
export type ChartSpec = {name: string} & z.output<typeof chartSchema> & {x_label: string; y_label: string};

export interface LocalChart {
  spec: ChartSpec;
  rows: {x: string; y: number}[];
}

const CHART_WORDINGS: Wordings = {
  "": {
    invalid: () =>
      said(
        "a chart spec must be a set of fields (title:, type:, x:, y:, units:, source:)",
        "see docs/editors.md, section Local charts"
      ),
    unknown: ({field}) => said(`unknown field "${field}"`, unknownFieldFix(field, Object.keys(chartSchema.shape)))
  },
  "*": {
    missing: ({field}) => said(`required field "${field}" is missing`, `add a line "${field}: …"`),
    invalid: ({field}) => said(`${field} must be text`, "write it on the same line, in quotes if it has a colon")
  },
  type: {
    invalid: ({value}) => said(`chart type "${String(value)}" is not known`, `use one of: ${CHART_TYPES.join(", ")}`)
  }
};

/**
 * Checks one local chart (its spec and CSV), recording every problem. `specFile`/`csvFile` are
 * the paths shown in messages; csvText is null when the CSV does not exist.
 */
export function checkLocalChart(
  name: string,
  specFile: string,
  specText: string,
  csvFile: string,
  csvText: string | null,
  problems: Problems
): LocalChart | undefined {
  const yaml = problems.collect(() => new YamlFile(specFile, specText));
  if (!yaml) return undefined;
  const value = yaml.value();
  const checked = checkYaml(yaml, value, chartSchema, CHART_WORDINGS, problems);
  if (!isRecord(value)) return undefined;
  const error = (file: string, line: number | undefined, problem: string, fix: string) =>
    problems.error(new ContentError(file, line, problem, fix));
  if (csvText === null) {
    error(
      specFile,
      undefined,
      `the chart has no data file ${csvFile}`,
      `save the chart's numbers as ${csvFile}, with a header row`
    );
    return undefined;
  }
  const csv = parseCsv(csvText);
  if (!csv.header.length || !csv.records.length) {
    error(
      csvFile,
      1,
      "the CSV has no rows of data",
      "put the column names on the first line and one row per line below"
    );
    return undefined;
  }
  // The columns are checked even when the spec has other mistakes, so one run says everything.
  const named = checked ?? salvage(chartSchema, value);
  const column = (key: "x" | "y") => {
    const column = named?.[key];
    if (column && !csv.header.includes(column)) {
      const fix = `the columns are: ${csv.header.join(", ")}; rename the column or change ${key}:`;
      error(csvFile, 1, `the CSV has no column "${column}", which ${specFile} names as ${key}`, fix);
    }
    return column ? csv.header.indexOf(column) : -1;
  };
  const xi = column("x");
  const yi = column("y");
  if (xi < 0 || yi < 0 || !checked) return undefined;
  for (const r of csv.records) {
    if (r.values.length !== csv.header.length) {
      const problem = `this row has ${r.values.length} values but the header has ${csv.header.length} columns`;
      error(
        csvFile,
        r.line,
        problem,
        'write numbers without thousands separators (1200, not 1,200) and put text with commas in "quotes"'
      );
    }
  }
  const rows = csv.records.map((r) => {
    const text = (r.values[yi] ?? "").trim().replace(/,/g, "");
    const value = Number(text);
    if (text === "" || !Number.isFinite(value)) {
      const problem = `"${r.values[yi] ?? ""}" in column "${checked.y}" is not a number`;
      error(csvFile, r.line, problem, "write numbers only (no units or % signs); leave no cell empty");
    }
    return {x: (r.values[xi] ?? "").trim(), y: value};
  });
  const spec = {name, ...checked, x_label: checked.x_label || checked.x, y_label: checked.y_label || checked.y};
  return {spec, rows};
}

/** Reads a local chart for a page, throwing every problem at once (for loaders). */
export function parseLocalChart(
  ...args: Parameters<typeof checkLocalChart> extends [...infer A, Problems] ? A : never
): LocalChart {
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
    charts[name] = parseLocalChart(
      name,
      relative(root, join(dir, file)),
      readFileSync(join(dir, file), "utf8"),
      relative(root, csv),
      existsSync(csv) ? readFileSync(csv, "utf8") : null
    );
  }
  return charts;
}
