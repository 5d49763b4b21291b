// Embed pages derived from built pages. A figure marked by withDerivedEmbed (render/embed.ts) gets a
// page of its own, as Framework draws a story's (render/embed.ts: embedPageMarkdown): the figure as
// built, titled by an h1, with a link back, in a page without the site's header, sidebar or footer.
// Drawing them as Framework pages would cost minutes of build for the ward profiles' thousand
// figures; here each is cut from its page while the post-processing has it parsed, and written as
// the page transforms (html.ts) leave a page, from their parts, so that nothing reads it again: its
// script hashes and its references come with it, for the _headers file and the link check.
import {excerptParts, restoreMarkup} from "../render/deferred.js";
import {DERIVED_EMBED, DERIVED_EMBED_FROM, EMBED_FOLDER} from "../render/embedNames.js";
import {
  attribute,
  attributeRange,
  attributeRangeWithSpace,
  Edits,
  type Element,
  elements,
  findElement,
  outerRange,
  type Page,
  PageMarkupError,
  requireHead,
  sourceAttribute,
  sourceText
} from "./dom.js";
import {contentSecurityPolicy, scriptHash} from "./csp.js";
import {ENHANCE_MODULE, embedScript} from "./embedScript.js";
import {
  FAVICON,
  LANGUAGE,
  MAIN_ID,
  metadataTags,
  pageUrlPath,
  rootPrefix,
  siteDescription,
  SITE_NAME,
  SKIP_LINK,
  VIEWPORT
} from "./html.js";
import type {PublishOptions} from "./options.js";

export interface DerivedEmbed {
  /** Its path in the built site: "embed/wards--aston--crime.html". */
  file: string;
  /** The page as the page transforms (html.ts) leave a page, with its deferred parts in place. */
  html: string;
  /** The hashes of its inline script, which its CSP names. */
  scriptHashes: string[];
  /** Every address in its href and src attributes and its script's import, as written. */
  urls: string[];
}

/** An embed page's name: letters, digits and single hyphens or underscores, joined by "--" (embedNames.ts). */
const NAME = /^[a-z0-9]+(?:(?:--|[-_])[a-z0-9]+)*$/i;
const hasClass = (element: Element, name: string) => (attribute(element, "class") ?? "").split(/\s+/).includes(name);
const within = (element: Element, range: {start: number; end: number}) =>
  outerRange(element).start >= range.start && outerRange(element).end <= range.end;
/** A <style> element, as the server-side DOM writes one (Plot's and the legends' rules). */
const STYLE = /<style>[\s\S]*?<\/style>/g;

/**
 * A relative URL of the page at `from` as seen from the page at `to`, both paths in dist/; absolute
 * URLs, root-relative ones and fragments stay as they are.
 */
export function rebasedUrl(url: string, from: string, to: string): string {
  if (/^([a-z][a-z0-9+.-]*:|#|\/)/i.test(url)) return url;
  const resolved = new URL(url, `https://site.invalid/${from}`);
  return `${rootPrefix(to)}${resolved.pathname.slice(1)}${resolved.search}${resolved.hash}`;
}

/**
 * Edits that point each href and src of `root` and its descendants, but those in `skip`, from `to`;
 * each address, as it will be, goes into `urls`.
 */
function rebaseReferences(page: Page, root: Element, to: string, edits: Edits, urls: string[], skip: Element[] = []) {
  for (const element of [root, ...elements(root)]) {
    // The parser's own elements (a table's <tbody>) have no attributes to change.
    if (!element.sourceCodeLocation?.startTag || skip.some((s) => within(element, outerRange(s)))) continue;
    for (const name of ["href", "src"]) {
      if (!element.attrs.some((a) => a.name === name)) continue;
      const value = sourceAttribute(page, element, name);
      const range = attributeRange(element, name);
      if (value === undefined || !range) continue;
      const rebased = rebasedUrl(value, page.file, to);
      if (rebased !== value) edits.replace(range, `${name}="${rebased}"`);
      urls.push(rebased);
    }
  }
}

/** Edits that rename a heading's start and end tags to level `level`. */
function relevel(heading: Element, level: number, edits: Edits): void {
  const where = heading.sourceCodeLocation!;
  const length = heading.tagName.length;
  edits.replace({start: where.startTag!.startOffset + 1, end: where.startTag!.startOffset + 1 + length}, `h${level}`);
  if (where.endTag)
    edits.replace({start: where.endTag.startOffset + 2, end: where.endTag.startOffset + 2 + length}, `h${level}`);
}

/** The page's stylesheets and its enhancements' module, from its <head>, with addresses for `to`. */
function headParts(page: Page, to: string): {links: string; enhance: string; urls: string[]} {
  const urls: string[] = [];
  const head = requireHead(page);
  const links: string[] = [];
  let enhance: string | undefined;
  for (const link of elements(head)) {
    if (link.tagName !== "link") continue;
    const rel = attribute(link, "rel");
    const href = attribute(link, "href") ?? "";
    if (rel === "modulepreload" && ENHANCE_MODULE.test(href)) enhance = rebasedUrl(href, page.file, to);
    if (rel !== "stylesheet" && !(rel === "preload" && attribute(link, "as") === "style")) continue;
    const edits = new Edits();
    rebaseReferences(page, link, to, edits, urls);
    links.push(edits.apply(page.html, outerRange(link)));
  }
  if (!enhance)
    throw new PageMarkupError(page.file, "its figures have embed pages, but it loads no components/enhance.js");
  urls.push(enhance);
  return {links: links.join("\n"), enhance, urls};
}

/** What the embed pages of one page share. */
interface DeriveContext {
  parts: readonly string[];
  styles: readonly string[];
  /** Its stylesheets and enhancements, addressed from the embed folder (every embed page is in it). */
  head: ReturnType<typeof headParts>;
  options: PublishOptions;
}

/** One marked figure's embed page. */
function derivedEmbed(page: Page, shown: Element, {parts, styles, head, options}: DeriveContext): DerivedEmbed {
  const name = attribute(shown, DERIVED_EMBED)!;
  if (!NAME.test(name)) throw new PageMarkupError(page.file, `"${name}" is not an embed page's name`);
  const file = `${EMBED_FOLDER}/${name}.html`;
  const from = sourceAttribute(page, shown, DERIVED_EMBED_FROM);
  const title = findElement(shown, (e) => hasClass(e, "wm-figure-title"));
  const id = title && attribute(title, "id");
  if (!from || !title || !id)
    throw new PageMarkupError(page.file, `the figure of ${file} needs ${DERIVED_EMBED_FROM} and a title with an id`);

  const urls: string[] = [];
  const edits = new Edits();
  // Its embed code is for its page; the marks are for this step.
  const embedCodes = [...elements(shown)].filter((e) => e.tagName === "details" && hasClass(e, "wm-embed"));
  for (const details of embedCodes) edits.remove(outerRange(details));
  for (const mark of [DERIVED_EMBED, DERIVED_EMBED_FROM]) edits.remove(attributeRangeWithSpace(page, shown, mark)!);
  // The title is the page's one h1; the headings under it move up as far, none skipped.
  const by = Number(title.tagName.slice(1)) - 1;
  relevel(title, 1, edits);
  for (const heading of elements(shown))
    if (heading !== title && /^h[2-6]$/.test(heading.tagName))
      relevel(heading, Math.max(2, Number(heading.tagName.slice(1)) - by), edits);
  rebaseReferences(page, shown, file, edits, urls, embedCodes);
  const figure = excerptParts(edits.apply(page.html, outerRange(shown)), parts, page.file, styles);

  const {links, enhance} = head;
  urls.push(...head.urls);
  const back = `${rootPrefix(file)}${pageUrlPath(page.file)}#${id}`;
  const script = embedScript(enhance);
  const scriptHashes = [scriptHash(script)];
  const heading = sourceText(page, title).trim();
  urls.push(back, `${rootPrefix(file)}${FAVICON}`);
  const html = [
    "<!DOCTYPE html>",
    `<html lang="${LANGUAGE}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scriptHashes)}">`,
    VIEWPORT,
    `<title>${heading} | ${SITE_NAME}</title>`,
    ...metadataTags(file, options, {title: heading, description: siteDescription()}),
    links,
    `<script type="module">${script}</script>`,
    "</head>",
    "<body>",
    SKIP_LINK,
    '<div id="observablehq-center">',
    `<main id="${MAIN_ID}" tabindex="-1" class="observablehq">`,
    restoreMarkup(figure.markup, figure.parts, file),
    `<p class="wm-embed-back">From <a href="${back}" target="_top">${from}</a>, ${SITE_NAME}.</p>`,
    "</main>",
    "</div>",
    "</body>",
    "</html>",
    ""
  ].join("\n");
  return {file, html, scriptHashes, urls};
}

/**
 * The embed pages of a built page's marked figures, complete. `parts` gives the page's deferred parts
 * (read only if it has marked figures); a figure gets the page's <style> elements it lacks, since a
 * page keeps one copy of each (render/styles.ts).
 */
export function derivedEmbeds(page: Page, parts: () => readonly string[], options: PublishOptions): DerivedEmbed[] {
  if (!page.html.includes(` ${DERIVED_EMBED}=`)) return [];
  const marked = [...elements(page.document)].filter((e) => attribute(e, DERIVED_EMBED) !== undefined);
  if (!marked.length) return [];
  const pageParts = parts();
  const styles = [...new Set([page.html, ...pageParts].flatMap((markup) => markup.match(STYLE) ?? []))];
  const head = headParts(page, `${EMBED_FOLDER}/`);
  return marked.map((shown) => derivedEmbed(page, shown, {parts: pageParts, styles, head, options}));
}
