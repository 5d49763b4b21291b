import {PAGE_HEADER, pageFooter, relativeLink} from "./chrome.js";
import {DERIVED_EMBED, DERIVED_EMBED_FROM, isEmbedPage} from "../render/embedNames.js";
import {addContentSecurityPolicy} from "./csp.js";
import {
  attribute,
  attributeRange,
  attributeRangeWithSpace,
  descendants,
  Edits,
  type Element,
  elements,
  findElement,
  FRAMEWORK_CHANGED,
  hasId,
  innerRange,
  innerSource,
  isElement,
  outerRange,
  type Page,
  PageMarkupError,
  parsePage,
  requireElement,
  requireHead,
  sourceAttribute,
  sourceText,
  afterAttributes,
  afterTagName,
  startTagRange,
  withLineBreak
} from "./dom.js";
import type {PublishOptions} from "./options.js";

/** What a page step may need besides the HTML: the page's file in dist/ and the site's address. */
export interface PageContext {
  /** The page's path in dist/, e.g. "index.html", "stories/index.html", "wards/aston.html". */
  file: string;
  options: PublishOptions;
}

export const SITE_NAME = "West Midlands story maps";
export const SITE_DESCRIPTION =
  "Place-based story maps for the seven West Midlands boroughs, built from open data on deprivation and crime.";
/** Files copied from src/assets to the root of dist/ under stable names, for metadata and hosts. */
export const FAVICON = "favicon.svg";
export const SOCIAL_IMAGE = "social-preview.png";

export const MAIN_ID = "observablehq-main";
/** The site's language (WCAG 3.1.1). */
export const LANGUAGE = "en-GB";
const NOINDEX = '<meta name="robots" content="noindex">';
export const VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">';

const tag = (name: string) => (element: Element) => element.tagName === name;
const hasClass = (element: Element, name: string) => (attribute(element, "class") ?? "").split(/\s+/).includes(name);
const isMeta = (key: string, value: string) => (element: Element) =>
  element.tagName === "meta" && attribute(element, key)?.toLowerCase() === value;

/** Adds `lang` to the <html> tag (Framework 1.13 emits none; WCAG 3.1.1). */
function setLanguage(page: Page, edits: Edits, lang = LANGUAGE): void {
  const root = requireElement(page, tag("html"), "<html> tag", "to set the language on");
  // The old attribute goes with the space before it; the new one comes first.
  const old = attributeRangeWithSpace(page, root, "lang");
  if (old) edits.remove(old);
  edits.insert(afterTagName(root), ` lang="${lang}"`);
}

/** Lets readers zoom: Framework's viewport sets maximum-scale=1, which fails WCAG 1.4.4. */
function makeViewportZoomable(page: Page, edits: Edits): void {
  const isViewport = isMeta("name", "viewport");
  const viewport = requireElement(page, isViewport, '<meta name="viewport">', "to let readers zoom", requireHead(page));
  edits.replace(outerRange(viewport), VIEWPORT);
}

/**
 * Drops the build time Framework writes into each registerFile() call ("lastModified"): it is the
 * loader's run time, so two clean builds would differ. Nothing on the site reads it.
 */
export function withoutFileTimestamps(code: string): string {
  return code.replace(/("path":"[^"]*"),"lastModified":\d+/g, "$1");
}

function dropFileTimestamps(page: Page, edits: Edits): void {
  for (const script of elements(page.document)) {
    if (script.tagName !== "script" || attribute(script, "src") !== undefined) continue;
    const range = innerRange(script);
    const code = page.html.slice(range.start, range.end);
    const cleaned = withoutFileTimestamps(code);
    if (cleaned !== code) edits.replace(range, cleaned);
  }
}

export const SKIP_LINK = `<a class="wm-skip-link" href="#${MAIN_ID}">Skip to main content</a>`;

/**
 * A skip link as the first focusable element (WCAG 2.4.1). Framework's sidebar toggle comes
 * before the header, so the link goes straight after <body>; main takes focus when it is followed.
 * Not on the 404 page: its <base href> (so it works at any URL) would send "#main" to the home page.
 */
function addSkipLink(page: Page, edits: Edits): void {
  if (findElement(requireHead(page), tag("base"))) return;
  const body = requireElement(page, tag("body"), "<body> tag", "to put the skip link in");
  if (findElement(body, (e) => hasClass(e, "wm-skip-link"))) return;
  const isMain = (e: Element) => e.tagName === "main" && hasId(e, MAIN_ID);
  const main = requireElement(page, isMain, `<main id="${MAIN_ID}">`, "for the skip link to lead to");
  edits.insert(startTagRange(body).end, `\n${SKIP_LINK}`);
  const id = attributeRange(main, "id");
  if (id && attribute(main, "tabindex") === undefined) edits.insert(id.end, ' tabindex="-1"');
}

/**
 * The header and footer (src/lib/publish/chrome.ts), where Framework puts its own: the header, whose
 * Menu button opens the sidebar, first in <div id="observablehq-center">; the footer after <main>.
 * Only on pages with the sidebar: a page without one is a figure framed on its own (an embed page).
 * A page that already has them (Framework's, when the build did not ask it to leave them out) keeps
 * its own.
 */
function addHeaderAndFooter(page: Page, edits: Edits, {file}: PageContext): void {
  const hasPart = (id: string) => findElement(page.document, (e) => hasId(e, id)) !== undefined;
  if (!hasPart("observablehq-sidebar")) return;
  const isCenter = (e: Element) => e.tagName === "div" && hasId(e, "observablehq-center");
  if (!hasPart("observablehq-header")) {
    const center = requireElement(page, isCenter, '<div id="observablehq-center">', "to put the header in");
    edits.insert(startTagRange(center).end, `\n<header id="observablehq-header">\n${PAGE_HEADER}\n</header>`);
  }
  if (!hasPart("observablehq-footer")) {
    const isMain = (e: Element) => e.tagName === "main" && hasId(e, MAIN_ID);
    const main = requireElement(page, isMain, `<main id="${MAIN_ID}">`, "to put the footer after");
    const footer = pageFooter((path) => relativeLink(file, path));
    edits.insert(outerRange(main).end, `\n<footer id="observablehq-footer">\n<div>${footer}</div>\n</footer>`);
  }
}

/**
 * Framework's sidebar: its toggle checkbox has only a title (axe: label-title-only), and the close
 * label sits directly inside an <ol> (axe: list). The toggle gets a name; the label moves to just
 * after that list (which must stay the nav's first child for Framework's CSS), where its absolute
 * position (set by id) puts it in the same place. The sidebar's nav is named "Menu", after the
 * header's button that opens it: a page has other navigation landmarks, and each needs its own
 * name (axe: landmark-unique). Pages without a sidebar have none of its parts.
 */
function makeSidebarAccessible(page: Page, edits: Edits): void {
  if (!findElement(page.document, (e) => attribute(e, "id")?.startsWith("observablehq-sidebar") ?? false)) return;
  const find = (tagName: string, id: string, purpose: string) =>
    requireElement(page, (e) => e.tagName === tagName && hasId(e, id), `<${tagName} id="${id}">`, purpose);
  const toggle = find("input", "observablehq-sidebar-toggle", "to give the sidebar's toggle a name");
  const nav = find("nav", "observablehq-sidebar", "to hold the sidebar's close label");
  const close = find("label", "observablehq-sidebar-close", "to move out of the sidebar's list");
  if (attribute(toggle, "aria-label") === undefined)
    edits.insert(afterAttributes(toggle), ' aria-label="Show the list of pages"');
  if (attribute(nav, "aria-label") === undefined) edits.insert(afterAttributes(nav), ' aria-label="Menu"');
  const list = close.parentNode;
  if (list === nav) return;
  if (!list || !isElement(list) || list.tagName !== "ol" || list.parentNode !== nav) {
    const problem = "the sidebar's close <label> is neither in one of the sidebar's lists nor after it";
    throw new PageMarkupError(page.file, `${problem} — ${FRAMEWORK_CHANGED}`);
  }
  const before = list.childNodes[list.childNodes.indexOf(close) - 1];
  const space =
    before?.nodeName === "#text" && /^\s*$/.test((before as {value: string}).value)
      ? before.sourceCodeLocation
      : undefined;
  const label = outerRange(close);
  edits.remove({start: space?.startOffset ?? label.start, end: label.end});
  edits.insert(outerRange(list).end, `\n  ${page.html.slice(label.start, label.end)}`);
}

/**
 * Framework's table of contents is an unnamed <nav> inside <aside id="observablehq-toc">; it gets
 * the name of what it lists, so that each of a page's navigation landmarks has its own name.
 */
function nameTableOfContents(page: Page, edits: Edits): void {
  const aside = findElement(page.document, (e) => e.tagName === "aside" && hasId(e, "observablehq-toc"));
  const nav = aside && findElement(aside, tag("nav"));
  if (nav && attribute(nav, "aria-label") === undefined)
    edits.insert(afterAttributes(nav), ' aria-label="On this page"');
}

/** The page's clean URL relative to the site's home page: "", "deprivation", "stories/". */
export function pageUrlPath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "");
}

/** "../" for each folder the page is in, so links to the site root work from any page. */
export function rootPrefix(file: string): string {
  const depth = file.split("/").length - 1;
  return depth === 0 ? "./" : "../".repeat(depth);
}

/** Escapes text for a double-quoted attribute, leaving entities already in it as they are. */
const escapeAttribute = (text: string) =>
  text
    .replace(/&(?!(?:[a-z]+|#\d+|#x[0-9a-f]+);)/gi, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;");

/** A paragraph with values computed in the browser: empty in the built HTML, so no description. */
const isComputed = (paragraph: Element) =>
  [...descendants(paragraph)].some((node) =>
    isElement(node)
      ? node.tagName === "observablehq-loading"
      : node.nodeName === "#comment" && (node as {data: string}).data.startsWith(":")
  );

/**
 * The page's description, ready for an attribute: its own <meta name="description"> (set with front
 * matter `head: '<meta name="description" content="…">'`), else the text of its first plain paragraph,
 * else the site's description. Text is copied as written, so entities stay entities.
 */
export function pageDescription(page: Page, maxLength = 200): string {
  const own = findElement(requireHead(page), isMeta("name", "description"));
  if (own) return sourceAttribute(page, own, "content") ?? "";
  const main = requireElement(page, tag("main"), "<main>", "to take the page's description from");
  for (const paragraph of elements(main)) {
    if (paragraph.tagName !== "p" || paragraph.attrs.length || isComputed(paragraph)) continue;
    const text = sourceText(page, paragraph).replace(/\s+/g, " ").trim();
    if (text.length < 20) continue;
    return escapeAttribute(truncate(text, maxLength));
  }
  return escapeAttribute(SITE_DESCRIPTION);
}

function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), maxLength / 2)).replace(/[\s,;:.]+$/, "")}…`;
}

/** The site's description, ready for an attribute: the description of a page that has none of its own. */
export const siteDescription = () => escapeAttribute(SITE_DESCRIPTION);

/**
 * Description, favicon and social preview (Open Graph, Twitter card) metadata, for after the <title>
 * of the page at `file`, whose title (the <title> without the site's name) and description are
 * written for an attribute. `ownDescription`: the page has its <meta name="description"> already.
 * Absolute URLs are used when the site's address is known (WM_SITE_URL), as social sites need them.
 * Embed pages are kept out of search engines' indexes: a search should lead to the figure on its page.
 */
export function metadataTags(
  file: string,
  {siteUrl, base}: PublishOptions,
  {title, description, ownDescription = false}: {title: string; description: string; ownDescription?: boolean}
): string[] {
  const absolute = (path: string) => (siteUrl ? `${siteUrl}${path}` : `${base}${path}`);
  const tags = [
    !ownDescription && `<meta name="description" content="${description}">`,
    `<link rel="icon" href="${rootPrefix(file)}${FAVICON}" type="image/svg+xml">`,
    siteUrl && file !== "404.html" && `<link rel="canonical" href="${absolute(pageUrlPath(file))}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="${SITE_NAME}">`,
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description}">`,
    siteUrl && file !== "404.html" && `<meta property="og:url" content="${absolute(pageUrlPath(file))}">`,
    `<meta property="og:image" content="${absolute(SOCIAL_IMAGE)}">`,
    `<meta property="og:image:alt" content="${SITE_NAME}: place-based stories from open data">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    isEmbedPage(file) && NOINDEX
  ];
  return tags.filter((tag): tag is string => typeof tag === "string");
}

/** metadataTags, after the page's <title>, unless the page has them already. */
function addMetadata(page: Page, edits: Edits, {file, options}: PageContext): void {
  const head = requireHead(page);
  if (findElement(head, isMeta("property", "og:type"))) return;
  const title = requireElement(page, tag("title"), "<title>", "to put the page's metadata after", head);
  const tags = metadataTags(file, options, {
    title: innerSource(page, title).replace(/ \| West Midlands story maps$/, ""),
    description: pageDescription(page),
    ownDescription: findElement(head, isMeta("name", "description")) !== undefined
  });
  edits.insert(withLineBreak(page, outerRange(title)).end, `${tags.join("\n")}\n`);
}

/**
 * Drops the marks of the figures whose embed pages the post-processing derives (embedPages.ts, which
 * reads them from the page as Framework wrote it): they are for the build alone.
 */
function dropEmbedMarks(page: Page, edits: Edits): void {
  if (!page.html.includes(` ${DERIVED_EMBED}=`)) return;
  for (const element of elements(page.document)) {
    if (!element.sourceCodeLocation?.startTag) continue;
    for (const name of [DERIVED_EMBED, DERIVED_EMBED_FROM]) {
      const range = attributeRangeWithSpace(page, element, name);
      if (range) edits.remove(range);
    }
  }
}

type Step = (page: Page, edits: Edits, context: PageContext) => void;

/**
 * The changes every built page goes through, each made at the offsets of the page as Framework wrote
 * it. The CSP comes after them, as it hashes each script as they leave it.
 */
const PAGE_STEPS: Step[] = [
  (page, edits) => setLanguage(page, edits),
  makeViewportZoomable,
  dropFileTimestamps,
  addSkipLink,
  addHeaderAndFooter,
  makeSidebarAccessible,
  nameTableOfContents,
  addMetadata,
  dropEmbedMarks
];

/**
 * Post-processes a built page, parsed once: its HTML, and the hashes of its inline scripts that its
 * CSP names (the _headers file gives them again). Throws a PageMarkupError, which stops the build,
 * if the page lacks an element that a step needs.
 */
export function transformParsedPage(page: Page, context: PageContext): {html: string; scriptHashes: string[]} {
  const edits = new Edits();
  for (const step of PAGE_STEPS) step(page, edits, context);
  const scriptHashes = addContentSecurityPolicy(page, edits);
  return {html: edits.apply(page.html), scriptHashes};
}

/** Post-processes a built page (transformParsedPage). */
export function transformPage(html: string, context: PageContext): string {
  return transformParsedPage(parsePage(html, context.file), context).html;
}
