import {html, type SafeHtml} from "./html.js";

/**
 * Markup that skips Observable Framework's HTML passes in a build. Framework reads every page's
 * HTML into a DOM three times (for assets, paths and links); a page of maps, charts and tables drawn
 * at build time holds hundreds of elements in which it has nothing to change. So a page marks such
 * parts (graphics, data tables: no links, files or ids), the build's generation step moves each
 * marked part out of the page (`deferMarkup`), and the post-processing, having read and changed
 * the built pages, puts it back into their HTML (`restoreMarkup`). The dev server's pages keep
 * every part in place, between the markers.
 */
const START = "wm-deferred";
const END = "/wm-deferred";
const MARKED = /<!--wm-deferred-->([\s\S]*?)<!--\/wm-deferred-->/g;
const PLACEHOLDER = /<!--wm-deferred:(\d+)-->/g;
/** The placeholder of part `index`, as deferMarkup writes it. */
const placeholder = (index: number) => `<!--${START}:${index}-->`;

// What Framework or the post-processing would have to see in a part: links and files (href, src),
// ids (anchors, Framework's table of contents), scripts (hashed for the CSP) and paragraphs (a
// page's description is its first plain paragraph).
const NEEDS_A_PASS = /\s(?:href|src|id|xlink:href)\s*=|<(?:script|p)[\s>]/i;

/** Marks an element (already in its parent) that the build may defer: it must hold no link, file or id. */
export function markDeferred(element: Element): void {
  const document = element.ownerDocument;
  element.before(document.createComment(START));
  element.after(document.createComment(END));
}

/** A figure's own text (title, units, summary, source), which stays in the passes. */
const FIGURE_TEXT = new Set(["h3", "p", "figcaption"]);

/**
 * Marks the legend, graphic and table of every figure in `root` (wm-figure: components/figure.ts)
 * for the build to defer, unless the part holds something the passes must see. Returns `root`.
 */
export function deferFigureParts<T extends Element>(root: T): T {
  const figures = root.matches("figure.wm-figure") ? [root] : [...root.querySelectorAll("figure.wm-figure")];
  for (const figure of figures)
    for (const part of [...figure.children])
      if (!FIGURE_TEXT.has(part.localName) && !NEEDS_A_PASS.test(part.outerHTML)) markDeferred(part);
  return root;
}

/** The same mark around HTML that is already a string. */
export const deferredHtml = (markup: SafeHtml): SafeHtml => html`<!--${START}-->${markup}<!--${END}-->`;

/**
 * A page's Markdown with each marked part replaced by a numbered placeholder, and the parts.
 * Throws if a part holds anything the passes it skips would have to see.
 */
export function deferMarkup(markdown: string, page: string): {markdown: string; parts: string[]} {
  const parts: string[] = [];
  const out = markdown.replace(MARKED, (_, part: string) => {
    const found = NEEDS_A_PASS.exec(part);
    if (found)
      throw new Error(`${page}: a deferred part holds "${found[0].trim()}", which the build must see; do not defer it`);
    return placeholder(parts.push(part) - 1);
  });
  return {markdown: out, parts};
}

/**
 * Markup cut from a built page (a figure for its embed page), with its placeholders numbered from 0
 * and the parts they name, taken from the page's `parts`; each of `extra` (markup a figure shares
 * with others on its page, such as a <style>) that neither holds comes first, as one more part.
 */
export function excerptParts(
  markup: string,
  parts: readonly string[],
  page: string,
  extra: readonly string[] = []
): {markup: string; parts: string[]} {
  const taken: string[] = [];
  const out = markup.replace(PLACEHOLDER, (_, index: string) => {
    const part = parts[Number(index)];
    if (part === undefined) throw new Error(`${page}: no deferred part ${index}; build again`);
    return placeholder(taken.push(part) - 1);
  });
  const missing = extra.filter((e) => !out.includes(e) && !taken.some((part) => part.includes(e)));
  if (!missing.length) return {markup: out, parts: taken};
  return {markup: placeholder(taken.push(missing.join("")) - 1) + out, parts: taken};
}

/** Whether a built page has placeholders to fill. */
export const hasDeferred = (html: string) => html.includes("<!--wm-deferred:");

/** A built page with its placeholders replaced by the parts `deferMarkup` took out. */
export function restoreMarkup(html: string, parts: readonly string[], page: string): string {
  return html.replace(PLACEHOLDER, (_, index: string) => {
    const part = parts[Number(index)];
    if (part === undefined) throw new Error(`${page}: no deferred part ${index}; build again`);
    return part;
  });
}
