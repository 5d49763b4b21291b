import type {Token} from "markdown-it";
import {renderMarkdown} from "../content/markdown.js";
import {escapeAttributeValue} from "../util/attributeValue.js";

/**
 * Markup that may go into a page as is. Only this module makes it: from the `html` template, from
 * Markdown rendered without raw HTML, and from elements drawn in a DOM (whose serialiser escapes),
 * so no other code can turn a string into markup. Its text is inert for Framework (see `inert`).
 */
class SafeHtml {
  readonly #markup: string;

  constructor(markup: string) {
    this.#markup = inert(markup);
  }

  toString(): string {
    return this.#markup;
  }
}
export type {SafeHtml};

/** What `html` can interpolate: text, numbers, markup, nothing (null, undefined, false) and lists of them. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

// An attribute name right before a value: the value would be unquoted, where escaping cannot keep it in.
const UNQUOTED_ATTRIBUTE = /[\w-]=$/;

/**
 * HTML with every interpolated value escaped, unless it is already markup (as Framework's `html`):
 * text is safe between tags and inside quoted attribute values alike.
 *
 *   html`<a href="${url}">${title}</a>`
 *   html`${[html`<p>${long}`, html`${longer}</p>`]}`   (a list joins its parts: markup too long for one line)
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0];
  values.forEach((value, i) => {
    if (UNQUOTED_ATTRIBUTE.test(strings[i])) {
      throw new Error(`html: quote the attribute before \${…} in "${strings[i].slice(-40)}"`);
    }
    markup += markupOf(value) + strings[i + 1];
  });
  return new SafeHtml(markup);
}

/** Markup parts one to a line. */
export function htmlLines(parts: readonly HtmlValue[]): SafeHtml {
  return html`${parts.map((part, i) => (i ? [html`\n`, part] : part))}`;
}

function markupOf(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(markupOf).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

/** Text for HTML: every markup character escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * HTML that Framework will copy into the page as is: "$" would start a JavaScript expression, a
 * backtick a code span, and a blank line would end the HTML block, so all are neutralised.
 */
function inert(markup: string): string {
  return markup
    .replace(/\$/g, "&#36;")
    .replace(/`/g, "&#96;")
    .replace(/\n\s*\n/g, "\n");
}

/** Narrative Markdown (tokens of steps.md) as HTML: editors' raw HTML is shown as text, never run. */
export function renderNarrative(tokens: Token[]): SafeHtml {
  return new SafeHtml(renderMarkdown(tokens).trim());
}

/** An element drawn in a DOM (at build time, the server-side one) as HTML for a page. */
export function toHtml(element: Element): SafeHtml {
  return new SafeHtml(escapeAttributeValues(element.outerHTML));
}

// A start tag as a DOM serialiser writes it: every attribute as name="value", with no raw " in the value.
// Elsewhere a serialiser writes "<" only to start a tag (as &lt; in text), so this finds tags only.
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+="[^"]*")*\s*\/?>/g;

/**
 * The build's DOM (linkedom: serverDocument.ts) escapes only " in attribute values, as &quot;: an
 * "&copy;" in a label would read as ©, and an editor's "</noscript>" in an aria-label could end a
 * <noscript>. So each value is escaped here again, whole, from the text the DOM holds.
 */
function escapeAttributeValues(markup: string): string {
  return markup.replace(START_TAG, (tag) =>
    tag.replace(/="([^"]*)"/g, (_, value: string) => `="${escapeAttributeValue(value.replace(/&quot;/g, '"'))}"`)
  );
}
