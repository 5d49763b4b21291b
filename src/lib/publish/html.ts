import {createHash} from "node:crypto";
import type {PublishOptions} from "./options.js";

/** What a page transform may need besides the HTML: the page's file in dist/ and the site's address. */
export interface PageContext {
  /** The page's path in dist/, e.g. "index.html", "stories/index.html", "wards/aston.html". */
  file: string;
  options: PublishOptions;
}

export const SITE_NAME = "West Midlands story maps";
export const SITE_DESCRIPTION = "Place-based story maps for the seven West Midlands boroughs, built from open data on deprivation and crime.";
/** Files copied from src/assets to the root of dist/ under stable names, for metadata and hosts. */
export const FAVICON = "favicon.svg";
export const SOCIAL_IMAGE = "social-preview.png";

/** Adds `lang` to the <html> tag (Framework 1.13 emits none; WCAG 3.1.1). */
export function withLang(html: string, lang = "en-GB"): string {
  return html.replace(/<html(\s[^>]*)?>/i, (tag, attributes: string | undefined) => {
    const rest = (attributes ?? "").replace(/\s+lang="[^"]*"/i, "");
    return `<html lang="${lang}"${rest}>`;
  });
}

/** Lets readers zoom: Framework's viewport sets maximum-scale=1, which fails WCAG 1.4.4. */
export function withZoomableViewport(html: string): string {
  return html.replace(/<meta name="viewport"[^>]*>/i, '<meta name="viewport" content="width=device-width, initial-scale=1">');
}

/**
 * Drops the build time Framework writes into each registerFile() call ("lastModified"): it is the
 * loader's run time, so two clean builds would differ. Nothing on the site reads it.
 */
export function withoutFileTimestamps(html: string): string {
  return html.replace(/("path":"[^"]*"),"lastModified":\d+/g, "$1");
}

/**
 * A skip link as the first focusable element (WCAG 2.4.1). Framework's sidebar toggle comes
 * before the header, so the link goes straight after <body>; main takes focus when it is followed.
 * Not on the 404 page: its <base href> (so it works at any URL) would send "#main" to the home page.
 */
export function withSkipLink(html: string): string {
  if (html.includes('class="wm-skip-link"') || /<base\s/i.test(html)) return html;
  return html
    .replace(/<body([^>]*)>/i, '<body$1>\n<a class="wm-skip-link" href="#observablehq-main">Skip to main content</a>')
    .replace(/<main id="observablehq-main"(?![^>]*tabindex)/, '<main id="observablehq-main" tabindex="-1"');
}

/**
 * Framework's sidebar: its toggle checkbox has only a title (axe: label-title-only), and the close
 * label sits directly inside an <ol> (axe: list). The toggle gets a name; the label moves to just
 * after that list (which must stay the nav's first child for Framework's CSS), where its absolute
 * position (set by id) puts it in the same place.
 */
export function withAccessibleSidebar(html: string): string {
  return html
    .replace(/<input id="observablehq-sidebar-toggle" type="checkbox" title="([^"]*)">/, '<input id="observablehq-sidebar-toggle" type="checkbox" title="$1" aria-label="Show the list of pages">')
    .replace(/(<nav id="observablehq-sidebar">\s*<ol>)\s*(<label id="observablehq-sidebar-close"[^>]*><\/label>)([\s\S]*?<\/ol>)/, "$1$3\n  $2");
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
const escapeAttribute = (text: string) => text.replace(/&(?!(?:[a-z]+|#\d+|#x[0-9a-f]+);)/gi, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The page's description: its own <meta name="description"> (set with front matter
 * `head: '<meta name="description" content="…">'`), else its first paragraph of plain text, else the site's description. Paragraphs
 * with values computed in the browser are skipped: they are empty in the built HTML.
 */
export function pageDescription(html: string, maxLength = 200): string {
  const own = html.match(/<meta name="description" content="([^"]*)"/i);
  if (own) return own[1];
  const main = html.match(/<main[^>]*>([\s\S]*?)<\/main>/i)?.[1] ?? "";
  for (const [, inner] of main.matchAll(/<p>([\s\S]*?)<\/p>/gi)) {
    if (/<observablehq-loading|<!--:/.test(inner)) continue;
    const text = inner.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
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

/**
 * Description, favicon and social preview (Open Graph, Twitter card) metadata. Absolute URLs are
 * used when the site's address is known (WM_SITE_URL), as social sites need them.
 */
export function withMetadata(html: string, {file, options}: PageContext): string {
  if (html.includes('<meta property="og:type"')) return html;
  const title = html.match(/<title>([\s\S]*?)<\/title>/i)?.[1] ?? SITE_NAME;
  const description = pageDescription(html);
  const root = rootPrefix(file);
  const absolute = (path: string) => (options.siteUrl ? `${options.siteUrl}${path}` : `${options.base}${path}`);
  const tags = [
    !/<meta name="description"/i.test(html) && `<meta name="description" content="${description}">`,
    `<link rel="icon" href="${root}${FAVICON}" type="image/svg+xml">`,
    options.siteUrl && file !== "404.html" && `<link rel="canonical" href="${absolute(pageUrlPath(file))}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="${SITE_NAME}">`,
    `<meta property="og:title" content="${title.replace(/ \| West Midlands story maps$/, "")}">`,
    `<meta property="og:description" content="${description}">`,
    options.siteUrl && file !== "404.html" && `<meta property="og:url" content="${absolute(pageUrlPath(file))}">`,
    `<meta property="og:image" content="${absolute(SOCIAL_IMAGE)}">`,
    `<meta property="og:image:alt" content="${SITE_NAME}: place-based stories from open data">`,
    `<meta name="twitter:card" content="summary_large_image">`
  ].filter(Boolean);
  const withoutOldIcon = html.replace(/<link rel="icon" href="data:,">\n?/, "");
  return withoutOldIcon.replace(/(<title>[\s\S]*?<\/title>\n?)/i, `$1${tags.join("\n")}\n`);
}

/** sha256 hashes, in CSP's form, of every inline <script> in a page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes].sort();
}

/**
 * The site's Content-Security-Policy. Everything comes from the site's own origin. Scripts: the
 * site's files and the page's own inline scripts, by hash. Styles allow 'unsafe-inline' because
 * Plot writes a <style> element and style attributes into every chart at run time, which no
 * hash can name; styles cannot send data to another origin under this policy.
 * frame-ancestors only works as an HTTP header, so `header` adds it for hosts that send one.
 */
export function contentSecurityPolicy(scriptHashes: string[], {header = false} = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` ${h}`).join("")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(header ? ["frame-ancestors 'self'"] : [])
  ].join("; ");
}

/**
 * Adds the page's CSP as a <meta> tag straight after <meta charset>, before any script or <base>,
 * so it governs everything that follows. Must run after every transform that changes scripts.
 */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(html))}">`;
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/i, "");
  return cleaned.replace(/(<meta charset="[^"]*">)/i, `$1\n${meta}`);
}

type Transform = (html: string, context: PageContext) => string;

/** The HTML transforms every built page goes through, in order; the CSP comes last. */
export const PAGE_TRANSFORMS: Transform[] = [(html) => withLang(html), withZoomableViewport, withoutFileTimestamps, withSkipLink, withAccessibleSidebar, withMetadata, withContentSecurityPolicy];

export function transformPage(html: string, context: PageContext): string {
  return PAGE_TRANSFORMS.reduce((out, transform) => transform(out, context), html);
}

/**
 * Local URLs a built page refers to: href/src attributes, module imports and Framework's
 * registerFile paths. External and in-page (#) references are left out.
 */
export function localReferences(html: string): string[] {
  const refs = new Set<string>();
  for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/gi)) refs.add(m[1]);
  for (const m of html.matchAll(/\bimport\s*(?:[^"']*?\sfrom\s*)?["']([^"']+)["']/g)) refs.add(m[1]);
  for (const m of html.matchAll(/\bimport\(["']([^"']+)["']\)/g)) refs.add(m[1]);
  for (const m of html.matchAll(/"path":"([^"]+)"/g)) refs.add(m[1]);
  return [...refs].filter((r) => !/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(r)).map((r) => r.replace(/[?#].*$/, "")).filter(Boolean);
}
