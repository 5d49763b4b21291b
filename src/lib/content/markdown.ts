import MarkdownIt, {type StateBlock, type Token} from "markdown-it";

/** Lines an editor writes on their own in steps.md: "shows: <figure>" under a heading, "chart: <name>". */
export type DirectiveName = "shows" | "chart";

/** A directive line, read from its token. */
export interface Directive {
  name: DirectiveName;
  value: string;
  line: number;
  /** Inside a list or a quote, where a directive does not belong. */
  nested: boolean;
}

const DIRECTIVE = /^(shows|chart):\s*(\S+)\s*$/;

/**
 * A block rule that makes each directive line a "directive" token (info: the name, content: the
 * value, map: its line). Like a heading it ends a paragraph or a quote, so "chart: visits" right
 * under a sentence is still a chart, and the narrative never shows it as text.
 */
function directiveRule(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  // Indented four spaces or more, the line is code (or a paragraph's continuation), not a directive.
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const match = DIRECTIVE.exec(
    state.src.slice(state.bMarks[startLine] + state.tShift[startLine], state.eMarks[startLine])
  );
  if (!match) return false;
  if (silent) return true;
  const token = state.push("directive", "", 0);
  token.info = match[1];
  token.content = match[2];
  token.map = [startLine, startLine + 1];
  state.line = startLine + 1;
  return true;
}

// Editors write Markdown, not HTML: raw HTML in steps.md is shown as text, never run.
const markdown = new MarkdownIt({html: false, linkify: false, typographer: true});
markdown.block.ruler.before("lheading", "directive", directiveRule, {alt: ["paragraph", "blockquote"]});

/** Markdown read once into markdown-it's block tokens; each block's `map` holds its lines. */
export function parseMarkdown(text: string): Token[] {
  return markdown.parse(text, {});
}

/** Tokens from parseMarkdown (or a run of them) to HTML. */
export function renderMarkdown(tokens: Token[]): string {
  return markdown.renderer.render(tokens, markdown.options, {});
}

/** The directive a token stands for, if it is one. */
export function directiveOf(token: Token): Directive | undefined {
  if (token.type !== "directive") return undefined;
  return {name: token.info as DirectiveName, value: token.content, line: token.map![0] + 1, nested: token.level > 0};
}

/** First line of a block token (1-based). */
export const lineOf = (token: Token): number => token.map![0] + 1;

/** An image or link written in Markdown, with the line it is on. */
export interface MarkdownReference {
  kind: "image" | "link";
  line: number;
  /** Alt text of an image, text of a link. */
  text: string;
  /** The address as the editor wrote it. */
  target: string;
  /** The image or link_open token, for a step's images to be pointed at their embedded file. */
  token: Token;
}

const BREAKS = new Set(["softbreak", "hardbreak"]);
const breaksIn = (tokens: readonly Token[]): number =>
  tokens.reduce((n, t) => n + (BREAKS.has(t.type) ? 1 : breaksIn(t.children ?? [])), 0);

/** Each inline token of the blocks, with the line it is on (its block's first line plus the line breaks before it). */
type InlineVisit = (token: Token, i: number, children: Token[], line: number) => void;

function eachInline(tokens: readonly Token[], visit: InlineVisit) {
  for (const block of tokens) {
    if (block.type !== "inline" || !block.children) continue;
    const children = block.children;
    let line = lineOf(block);
    children.forEach((token, i) => {
      visit(token, i, children, line);
      line += BREAKS.has(token.type) ? 1 : breaksIn(token.children ?? []);
    });
  }
}

/**
 * Every link and image in the tokens (headings included), in order. Inline tokens have no `map` of
 * their own: a reference's line is its block's first line plus the line breaks before it.
 */
export function markdownReferences(tokens: readonly Token[]): MarkdownReference[] {
  const found: MarkdownReference[] = [];
  eachInline(tokens, (token, i, children, line) => {
    if (token.type === "image") {
      found.push({kind: "image", line, text: token.content.trim(), target: written(token.attrGet("src")), token});
    } else if (token.type === "link_open") {
      found.push({kind: "link", line, text: linkText(children, i), target: written(token.attrGet("href")), token});
    }
  });
  return found;
}

/**
 * Text that was meant as a link but is not one, so readers would see the brackets: "[text(/x)" (the
 * "]" left out), "[text] (/x)" (a space before the address), "[text](/x" (the ")" left out). Only
 * an address after the "(" counts, so "[note] (aside)" is left alone.
 */
const BROKEN_LINK = /\[[^\]]*(?:\]\s*)?\((?:\/|\.\.?\/|#|[a-z]+:|www\.)[^\s)]*\)?/gi;

/** Broken link syntax in the narrative's text, with its line. */
export function brokenLinks(tokens: readonly Token[]): {line: number; text: string}[] {
  const found: {line: number; text: string}[] = [];
  eachInline(tokens, (token, _, __, line) => {
    if (token.type !== "text") return;
    for (const match of token.content.matchAll(BROKEN_LINK)) found.push({line, text: match[0]});
  });
  return found;
}

/** The text between a link_open (at `open`) and its link_close. */
function linkText(children: readonly Token[], open: number): string {
  const close = children.findIndex((t, i) => i > open && t.type === "link_close");
  return children
    .slice(open + 1, close)
    .map((t) => (BREAKS.has(t.type) ? " " : t.content))
    .join("")
    .trim();
}

/** markdown-it percent-encodes addresses; messages and file names need them as written. */
const written = (address: string | null): string => markdown.normalizeLinkText(address ?? "");

/** Links that leave the site (or open mail) are not checked here. */
export function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");
}
