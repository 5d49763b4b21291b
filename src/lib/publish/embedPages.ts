// Embed pages derived from built pages. A figure marked by withDerivedEmbed (render/embed.ts) gets a
// page of its own, as Framework draws a story's (render/embed.ts: embedPageMarkdown): the figure as
// built, titled by an h1, with a link back, in a page without the site's header, sidebar or footer.
// Drawing them as Framework pages would cost minutes of build for the ward profiles' thousand
// figures; here each is cut from its page while the post-processing has it parsed, and goes through
// the same page transforms (html.ts) as every other page.
import {excerptParts} from "../render/deferred.js";
import {DERIVED_EMBED, DERIVED_EMBED_FROM, EMBED_FOLDER} from "../render/embedNames.js";
import {
  attribute,
  attributeRange,
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
import {ENHANCE_MODULE, embedScript} from "./embedScript.js";
import {pageUrlPath, rootPrefix, SITE_NAME} from "./html.js";

export interface DerivedEmbed {
  /** Its path in the built site: "embed/wards--aston--crime.html". */
  file: string;
  /** The page as Framework would have written it, for the page transforms. */
  html: string;
  /** The deferred parts (render/deferred.ts) its placeholders name. */
  parts: string[];
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

/** Edits that point each href and src of `root` and its descendants, but those in `skip`, from `to`. */
function rebaseReferences(page: Page, root: Element, to: string, edits: Edits, skip: Element[] = []): void {
  for (const element of [root, ...elements(root)]) {
    // The parser's own elements (a table's <tbody>) have no attributes to change.
    if (!element.sourceCodeLocation?.startTag || skip.some((s) => within(element, outerRange(s)))) continue;
    for (const name of ["href", "src"]) {
      const value = sourceAttribute(page, element, name);
      const range = attributeRange(element, name);
      if (value === undefined || !range) continue;
      const rebased = rebasedUrl(value, page.file, to);
      if (rebased !== value) edits.replace(range, `${name}="${rebased}"`);
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
function headParts(page: Page, to: string): {links: string; enhance: string} {
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
    rebaseReferences(page, link, to, edits);
    links.push(edits.apply(page.html, outerRange(link)));
  }
  if (!enhance)
    throw new PageMarkupError(page.file, "its figures have embed pages, but it loads no components/enhance.js");
  return {links: links.join("\n"), enhance};
}

/** One marked figure's embed page. */
function derivedEmbed(page: Page, shown: Element, parts: readonly string[], styles: readonly string[]): DerivedEmbed {
  const name = attribute(shown, DERIVED_EMBED)!;
  if (!NAME.test(name)) throw new PageMarkupError(page.file, `"${name}" is not an embed page's name`);
  const file = `${EMBED_FOLDER}/${name}.html`;
  const from = sourceAttribute(page, shown, DERIVED_EMBED_FROM);
  const title = findElement(shown, (e) => hasClass(e, "wm-figure-title"));
  const id = title && attribute(title, "id");
  if (!from || !title || !id)
    throw new PageMarkupError(page.file, `the figure of ${file} needs ${DERIVED_EMBED_FROM} and a title with an id`);

  const edits = new Edits();
  // Its embed code is for its page; the marks are for this step.
  const embedCodes = [...elements(shown)].filter((e) => e.tagName === "details" && hasClass(e, "wm-embed"));
  for (const details of embedCodes) edits.remove(outerRange(details));
  for (const mark of [DERIVED_EMBED, DERIVED_EMBED_FROM]) {
    const range = attributeRange(shown, mark)!;
    edits.remove({start: page.html.slice(0, range.start).trimEnd().length, end: range.end});
  }
  // The title is the page's one h1; the headings under it move up as far, none skipped.
  const by = Number(title.tagName.slice(1)) - 1;
  relevel(title, 1, edits);
  for (const heading of elements(shown))
    if (heading !== title && /^h[2-6]$/.test(heading.tagName))
      relevel(heading, Math.max(2, Number(heading.tagName.slice(1)) - by), edits);
  rebaseReferences(page, shown, file, edits, embedCodes);
  const figure = excerptParts(edits.apply(page.html, outerRange(shown)), parts, page.file, styles);

  const {links, enhance} = headParts(page, file);
  const back = `${rootPrefix(file)}${pageUrlPath(page.file)}#${id}`;
  const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sourceText(page, title).trim()} | ${SITE_NAME}</title>
${links}
<script type="module">${embedScript(enhance)}</script>
</head>
<body>
<div id="observablehq-center">
<main id="observablehq-main" class="observablehq">
${figure.markup}
<p class="wm-embed-back">From <a href="${back}" target="_top">${from}</a>, ${SITE_NAME}.</p>
</main>
</div>
</body>
</html>
`;
  return {file, html, parts: figure.parts};
}

/**
 * The embed pages of a built page's marked figures. `parts` gives the page's deferred parts (read
 * only if it has marked figures); a figure gets the page's <style> elements it lacks, since a page
 * keeps one copy of each (render/styles.ts).
 */
export function derivedEmbeds(page: Page, parts: () => readonly string[]): DerivedEmbed[] {
  if (!page.html.includes(` ${DERIVED_EMBED}=`)) return [];
  const marked = [...elements(page.document)].filter((e) => attribute(e, DERIVED_EMBED) !== undefined);
  if (!marked.length) return [];
  const pageParts = parts();
  const styles = [...new Set([page.html, ...pageParts].flatMap((markup) => markup.match(STYLE) ?? []))];
  return marked.map((shown) => derivedEmbed(page, shown, pageParts, styles));
}
