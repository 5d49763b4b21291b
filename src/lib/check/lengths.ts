// Lengths past which a text is surely a mistake (a whole document pasted into a title, a transcript
// as a quote) rather than merely long. Each is a warning: the page still works, but reads badly.
import type {Token} from "markdown-it";
import {lineOf} from "../content/markdown.js";
import {ContentError, type Problems} from "../content/problems.js";
import {isRecord} from "../content/schema.js";
import {YamlFile} from "../content/yamlFile.js";
import {formatInteger} from "../format.js";

/** The most characters each kind of text should have; several times what a real one needs. */
export const LENGTH_LIMITS = {title: 100, subtitle: 200, heading: 100, quote: 1500} as const;

type Kind = keyof typeof LENGTH_LIMITS;

const FIXES: Record<Kind, string> = {
  title: "a title names the place in a few words; put the rest in the subtitle or the steps",
  subtitle: "keep it to one line under the title; put the rest in the steps",
  heading: "keep a heading to a few words; put the rest in the section's text",
  quote: "quote the part of what the person said that matters, not a whole conversation"
};

/** Warns when `text` has more characters (not UTF-16 units) than its kind's limit. */
function warnIfTooLong(problems: Problems, at: {file: string; line?: number}, kind: Kind, what: string, text: unknown) {
  if (typeof text !== "string") return;
  const length = [...text].length;
  const limit = LENGTH_LIMITS[kind];
  if (length <= limit) return;
  const problem = `${what} is ${formatInteger(length)} characters long, more than ${formatInteger(limit)}`;
  problems.warning(new ContentError(at.file, at.line, problem, FIXES[kind]));
}

/** The title and subtitle of story.yaml. */
export function checkStoryLengths(yaml: YamlFile, story: {title?: unknown; subtitle?: unknown}, problems: Problems) {
  const {file} = yaml;
  warnIfTooLong(problems, {file, line: yaml.line(["title"])}, "title", "the title", story.title);
  warnIfTooLong(problems, {file, line: yaml.line(["subtitle"])}, "subtitle", "the subtitle", story.subtitle);
}

/** Every heading of steps.md, at any level. */
export function checkHeadingLengths(file: string, tokens: readonly Token[], problems: Problems) {
  tokens.forEach((token, i) => {
    if (token.type !== "heading_open") return;
    const text = tokens[i + 1]?.content ?? "";
    const what = `the heading "${[...text].slice(0, 30).join("")}…"`;
    warnIfTooLong(problems, {file, line: lineOf(token)}, "heading", what, text);
  });
}

/** The words of every voice in voices.yaml (a file that has passed its own check). */
export function checkQuoteLengths(file: string, text: string, problems: Problems) {
  const yaml = new YamlFile(file, text);
  const value = yaml.value();
  const voices = isRecord(value) && Array.isArray(value.voices) ? value.voices : [];
  voices.forEach((voice: unknown, i) => {
    const line = yaml.line(["voices", i, "text"]);
    warnIfTooLong(problems, {file, line}, "quote", `voice ${i + 1}: the text`, isRecord(voice) ? voice.text : null);
  });
}
