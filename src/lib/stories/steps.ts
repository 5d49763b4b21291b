import {ContentError, Problems} from "../content/problems.js";

/**
 * What the figure beside a step shows. Each state is one map or chart of the story template;
 * editors pick one per section of steps.md with a `shows:` line.
 */
export const STEP_STATES = [
  {state: "region", section: "Where", label: "Locator: the area within the seven boroughs"},
  {state: "area", section: "Where", label: "The area's LSOAs, wards and neighbourhood names"},
  {state: "people", section: "Who lives here", label: "Age profile compared with the West Midlands"},
  {state: "deprivation", section: "Deprivation", label: "IMD 2025 decile of each LSOA"},
  {state: "domains", section: "Deprivation", label: "Domains: share of LSOAs in England's most deprived 10%"},
  {state: "change", section: "Deprivation", label: "Change since IoD2019 for unchanged LSOAs"},
  {state: "crime", section: "Violence and crime", label: "Recorded crime rates per 1,000"},
  {state: "borough", section: "Violence and crime", label: "The borough in the needs assessments"},
  {state: "voices", section: "Voices", label: "Residents' voices or summarised themes"},
  {state: "activities", section: "What is happening here", label: "Activities and partners"},
  {state: "sources", section: "Sources and methods", label: "Sources, methods and caveats"}
] as const;

export type StepState = (typeof STEP_STATES)[number]["state"];

export interface Step {
  /** The heading text after "## ". */
  heading: string;
  shows: StepState;
  /** The step's narrative, Markdown. */
  markdown: string;
  /** Line of the heading in steps.md. */
  line: number;
}

const STATES = STEP_STATES.map((s) => s.state) as readonly string[];

/**
 * Parses steps.md: one section per step, each a "## Heading" line, then a "shows: <state>" line,
 * then the narrative in Markdown. Every state is used exactly once, in the template's order, so
 * every story has the same sections and no figure is left without words.
 */
export function parseSteps(file: string, text: string): Step[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const steps: Step[] = [];
  let current: (Step & {body: string[]}) | null = null;
  const finish = () => {
    if (current) steps.push({heading: current.heading, shows: current.shows, line: current.line, markdown: current.body.join("\n").trim()});
  };
  // Every line and section is checked on its own, so one run reports every problem.
  const problems = new Problems();
  lines.forEach((raw, i) => problems.collect(() => {
    const line = i + 1;
    const heading = /^##\s+(.+?)\s*$/.exec(raw);
    if (heading) {
      finish();
      const next = lines.slice(i + 1).findIndex((l) => l.trim() !== "");
      const showsLine = next < 0 ? "" : lines[i + 1 + next];
      const shows = /^shows:\s*(\S+)\s*$/.exec(showsLine.trim());
      if (!shows) throw new ContentError(file, line, `the section "${heading[1]}" has no "shows:" line`, `add a line such as "shows: ${STATES[steps.length] ?? "region"}" right under the heading`);
      if (!STATES.includes(shows[1])) throw new ContentError(file, line + 1 + next, `"${shows[1]}" is not a figure the story can show`, `use one of: ${STATES.join(", ")}`);
      current = {heading: heading[1], shows: shows[1] as StepState, line, markdown: "", body: []};
      lines[i + 1 + next] = ""; // the shows: line is not narrative
      return;
    }
    if (/^#\s/.test(raw)) throw new ContentError(file, line, "top-level headings (# …) are not used in steps.md", "the page title comes from story.yaml; start each section with ## …");
    if (/^\s*(```|~~~)/.test(raw)) throw new ContentError(file, line, "code blocks are not allowed in the narrative", "write plain paragraphs and lists");
    if (current) current.body.push(raw);
    else if (raw.trim() !== "" && !/^<!--.*-->$/.test(raw.trim())) throw new ContentError(file, line, "text before the first section", 'start the file with a "## Heading" line and its "shows:" line');
  }));
  finish();
  // A broken heading would make the section checks below report echoes of the same mistake.
  problems.throwIfErrors();
  const order = new Map(STATES.map((s, i) => [s, i]));
  steps.forEach((step, i) => problems.collect(() => {
    const earlier = steps.slice(0, i).find((s) => s.shows === step.shows);
    if (earlier) throw new ContentError(file, step.line, `"shows: ${step.shows}" is used twice (first at line ${earlier.line})`, "each figure belongs to one section; merge the two sections");
    if (i > 0 && order.get(step.shows)! < order.get(steps[i - 1].shows)!) throw new ContentError(file, step.line, `the section showing "${step.shows}" is out of order`, `keep the sections in this order: ${STATES.join(", ")}`);
    if (!step.markdown) throw new ContentError(file, step.line, `the section "${step.heading}" has no text`, "write at least one sentence for the reader");
  }));
  const missing = STATES.filter((s) => !steps.some((step) => step.shows === s));
  if (missing.length) problems.error(new ContentError(file, lines.length, `no section shows ${missing.map((m) => `"${m}"`).join(", ")}`, `add a "## Heading" with "shows: ${missing[0]}" and a few sentences`));
  problems.throwIfErrors();
  return steps;
}
