import type {Token} from "markdown-it";
import {renderMarkdown} from "../content/markdown.js";

/** Text for SVG or HTML: every markup character escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * HTML that Framework will copy into the page as is: "$" would start a JavaScript expression and a
 * blank line would end the HTML block, so both are neutralised.
 */
export function inert(html: string): string {
  return html
    .replace(/\$/g, "&#36;")
    .replace(/`/g, "&#96;")
    .replace(/\n\s*\n/g, "\n");
}

/** Narrative Markdown (tokens of steps.md) to safe, inert HTML. */
export function renderNarrative(tokens: Token[]): string {
  return inert(renderMarkdown(tokens).trim());
}
