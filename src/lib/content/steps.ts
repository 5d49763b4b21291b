import type {Token} from "markdown-it";
import {ContentError, Problems} from "./problems.js";
import {directiveOf, lineOf, parseMarkdown} from "./markdown.js";

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

/**
 * The sections every story has: where the place is, who lives there, and what the page rests on.
 * Editors choose the others, so a short, honest story needs no filler.
 */
export const REQUIRED_SECTIONS: readonly string[] = ["Where", "Who lives here", "Sources and methods"];

/** The figures of the required sections, each of which must have its step. */
export const REQUIRED_STATES: readonly StepState[] = STEP_STATES.filter((s) =>
  REQUIRED_SECTIONS.includes(s.section)
).map((s) => s.state);

/** A piece of a step's narrative: a run of Markdown blocks, or a local chart placed by a "chart:" line. */
export type NarrativePart = {kind: "markdown"; tokens: Token[]} | {kind: "chart"; name: string; line: number};

export interface Step {
  /** The heading's text as written after "## ". */
  heading: string;
  shows: StepState;
  /** The narrative without the shows: line, in order. */
  narrative: NarrativePart[];
  /** Line of the heading in steps.md. */
  line: number;
}

const STATES = STEP_STATES.map((s) => s.state) as readonly string[];

/**
 * Parses steps.md: one section per step, each a "## Heading" line, then a "shows: <state>" line,
 * then the narrative in Markdown. Throws every problem at once.
 */
export function parseSteps(file: string, text: string): Step[] {
  const problems = new Problems();
  const steps = checkSteps(file, parseMarkdown(text), problems);
  problems.throwIfErrors();
  return steps;
}

type Report = (line: number, problem: string, fix: string) => void;

/**
 * Reads the steps from steps.md's tokens, recording every problem in the order of the file. A state
 * is used at most once, in the template's order, and never without words; the required sections'
 * states (REQUIRED_STATES) always are. Returns the steps as far as they could be read.
 */
export function checkSteps(file: string, tokens: readonly Token[], problems: Problems): Step[] {
  const error: Report = (line, problem, fix) => problems.error(new ContentError(file, line, problem, fix));
  const before = problems.errors.length;
  const blocks = topLevelBlocks(tokens);
  const start = blocks.findIndex(isSectionHeading);
  for (const block of start < 0 ? blocks : blocks.slice(0, start)) {
    if (!checkBlock(block, error) && !isComment(block)) {
      error(
        lineOf(block[0]),
        "text before the first section",
        'start the file with a "## Heading" line and its "shows:" line'
      );
    }
  }
  const steps: Step[] = [];
  for (const section of start < 0 ? [] : sections(blocks.slice(start))) {
    const step = readStep(section, steps.length, error);
    if (step) steps.push(step);
  }
  // A broken heading would make the section checks below report echoes of the same mistake.
  if (problems.errors.length > before) return steps;
  const order = new Map(STATES.map((s, i) => [s, i]));
  steps.forEach((step, i) => {
    const earlier = steps.slice(0, i).find((s) => s.shows === step.shows);
    if (earlier) {
      error(
        step.line,
        `"shows: ${step.shows}" is used twice (first at line ${earlier.line})`,
        "each figure belongs to one section; merge the two sections"
      );
    } else if (i > 0 && order.get(step.shows)! < order.get(steps[i - 1].shows)!) {
      error(
        step.line,
        `the section showing "${step.shows}" is out of order`,
        `keep the sections in this order: ${STATES.join(", ")}`
      );
    } else if (!step.narrative.length) {
      error(step.line, `the section "${step.heading}" has no text`, "write at least one sentence for the reader");
    }
  });
  const missing = REQUIRED_STATES.filter((s) => !steps.some((step) => step.shows === s));
  if (missing.length) {
    const end = Math.max(1, ...tokens.map((t) => t.map?.[1] ?? 0));
    error(
      end,
      `no section shows ${missing.map((m) => `"${m}"`).join(", ")}`,
      `add a "## Heading" with "shows: ${missing[0]}" and a few sentences: every story says where the place is, ` +
        "who lives there and its sources"
    );
  }
  return steps;
}

/** The document's top-level blocks, each with the tokens nested in it (a paragraph is open, inline, close). */
function topLevelBlocks(tokens: readonly Token[]): Token[][] {
  const blocks: Token[][] = [];
  let block: Token[] = [];
  for (const token of tokens) {
    block.push(token);
    if (token.level === 0 && token.nesting <= 0) {
      blocks.push(block);
      block = [];
    }
  }
  return blocks;
}

const isSectionHeading = (block: Token[]) => block[0].type === "heading_open" && block[0].tag === "h2";

/** Each section: its heading block, then the blocks up to the next heading. */
function sections(blocks: Token[][]): Token[][][] {
  const found: Token[][][] = [];
  for (const block of blocks) {
    if (isSectionHeading(block)) found.push([block]);
    else found.at(-1)!.push(block);
  }
  return found;
}

/** Only HTML comments before the first section (editors' notes) are allowed; they are not shown. */
function isComment(block: Token[]): boolean {
  const inline = block[0].type === "paragraph_open" ? block[1] : undefined;
  return !!inline && inline.content.split("\n").every((line) => /^<!--.*-->$/.test(line.trim()));
}

const CODE = {problem: "code blocks are not allowed in the narrative", fix: "write plain paragraphs and lists"};

/** Reports what may not appear in steps.md, at any depth of a block; true if it reported anything. */
function checkBlock(block: Token[], error: Report): boolean {
  let reported = false;
  const report: Report = (...args) => {
    reported = true;
    error(...args);
  };
  for (const token of block) {
    const directive = directiveOf(token);
    if (directive?.nested) {
      report(
        directive.line,
        `a "${directive.name}:" line cannot be inside a list or a quote`,
        "put it on a line of its own at the left margin, with a blank line before it"
      );
    } else if (token.type === "heading_open" && token.tag === "h1") {
      report(
        lineOf(token),
        "top-level headings (# …) are not used in steps.md",
        "the page title comes from story.yaml; start each section with ## …"
      );
    } else if (token.type === "fence") {
      // The editor sees a message at each fence line, opening and closing, where the mistake is.
      for (const line of fenceLines(token)) report(line, CODE.problem, CODE.fix);
    } else if (token.type === "code_block") {
      report(
        lineOf(token),
        "an indented block is shown as code",
        "remove the spaces at the start of its lines (four spaces or a tab start a code block)"
      );
    }
  }
  return reported;
}

/** The lines of a fenced block's fences: the opening one, and the closing one unless the file ended first. */
function fenceLines(token: Token): number[] {
  const [start, end] = token.map!;
  const contentLines = token.content.split("\n").length - 1;
  return end - start > contentLines + 1 ? [start + 1, end] : [start + 1];
}

/** One section as a step: its heading, its shows: line, then the narrative with its charts. */
function readStep([heading, ...body]: Token[][], index: number, error: Report): Step | undefined {
  const title = heading[1].content;
  const line = lineOf(heading[0]);
  const shows = body.length ? directiveOf(body[0][0]) : undefined;
  const known = shows?.name === "shows" && STATES.includes(shows.value);
  if (shows?.name !== "shows") {
    error(
      line,
      `the section "${title}" has no "shows:" line`,
      `add a line such as "shows: ${STATES[index] ?? "region"}" right under the heading`
    );
  } else if (!known) {
    error(shows.line, `"${shows.value}" is not a figure the story can show`, `use one of: ${STATES.join(", ")}`);
  }
  body.forEach((block, i) => {
    checkBlock(block, error);
    const second = i > 0 ? directiveOf(block[0]) : undefined;
    if (second?.name === "shows" && shows?.name === "shows") {
      error(
        second.line,
        `a second "shows:" line in the section "${title}"`,
        'start a new section with a "## Heading" line above it'
      );
    }
  });
  return known
    ? {heading: title, shows: shows!.value as StepState, narrative: narrative(body.slice(1)), line}
    : undefined;
}

function narrative(blocks: Token[][]): NarrativePart[] {
  const parts: NarrativePart[] = [];
  for (const block of blocks) {
    const directive = directiveOf(block[0]);
    const last = parts.at(-1);
    if (directive?.name === "chart") parts.push({kind: "chart", name: directive.value, line: directive.line});
    else if (last?.kind === "markdown") last.tokens.push(...block);
    else parts.push({kind: "markdown", tokens: [...block]});
  }
  return parts;
}
