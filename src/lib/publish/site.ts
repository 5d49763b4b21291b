import {copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {parse} from "parse5";
import {isEmbedPage} from "../render/embedNames.js";
import {listFiles} from "../util/files.js";
import {contentSecurityPolicy, inlineScriptHashes} from "./csp.js";
import {deferredPartsFile} from "./deferred.js";
import {attribute, elements, findElement, PageMarkupError, parsePage, textContent} from "./dom.js";
import {derivedEmbeds} from "./embedPages.js";
import {FAVICON, pageUrlPath, SOCIAL_IMAGE, transformParsedPage} from "./html.js";
import type {PublishOptions} from "./options.js";

/** Every HTML page of a built site, as paths relative to it ("index.html", "wards/aston.html"). */
export function listPages(dir: string): string[] {
  return listFiles(dir).filter((f) => f.endsWith(".html"));
}

export {isEmbedPage};

export interface TransformedSite {
  /** The pages Framework built. */
  pages: string[];
  /** The embed pages derived from their figures' pages (embedPages.ts), complete. */
  derived: string[];
  /** The hashes of each page's inline scripts, which its CSP names. */
  scriptHashes: Map<string, string[]>;
  /** Every address each derived page refers to (as pageReferences reads them), for missingReferences. */
  references: Map<string, string[]>;
  /** The deferred parts of the pages whose embed pages copied some, for restoreDeferredParts. */
  parts: Map<string, string[]>;
}

/**
 * Applies the page transforms to every HTML file of a built site, and writes the embed pages derived
 * from the pages' marked figures (embedPages.ts). `deferredDir` holds the pages' deferred parts
 * (render/deferred.ts), which their embed pages copy.
 */
export function transformSite(dir: string, options: PublishOptions, deferredDir?: string): TransformedSite {
  const pages = listPages(dir);
  const site: TransformedSite = {pages, derived: [], scriptHashes: new Map(), references: new Map(), parts: new Map()};
  const partsOf = (file: string) => () => {
    const path = deferredDir && deferredPartsFile(deferredDir, file.replace(/\.html$/, ".md"));
    const parts = path && existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as string[]) : [];
    site.parts.set(file, parts);
    return parts;
  };
  for (const file of pages) {
    const page = parsePage(readFileSync(join(dir, file), "utf8"), file);
    const {html, scriptHashes} = transformParsedPage(page, {file, options});
    writeFileSync(join(dir, file), html);
    site.scriptHashes.set(file, scriptHashes);
    for (const embed of derivedEmbeds(page, partsOf(file), options)) {
      const path = join(dir, embed.file);
      if (site.scriptHashes.has(embed.file) || existsSync(path))
        throw new PageMarkupError(file, `a figure's embed page ${embed.file} is there already: give it another name`);
      mkdirSync(dirname(path), {recursive: true});
      writeFileSync(path, embed.html);
      site.derived.push(embed.file);
      site.scriptHashes.set(embed.file, embed.scriptHashes);
      site.references.set(embed.file, localUrls(embed.urls));
    }
  }
  return site;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * sitemap.xml for every page but the 404 page and the embed pages (a figure alone, for other sites'
 * frames: readers should find it on its own page), in a fixed order and without dates so that
 * builds are reproducible. Sitemaps need absolute URLs: without WM_SITE_URL the URLs are
 * root-relative, which crawlers ignore (the build says so).
 */
export function sitemap(pages: string[], options: PublishOptions): string {
  const prefix = options.siteUrl ?? options.base;
  const urls = pages
    .filter((p) => p !== "404.html" && !isEmbedPage(p))
    .map((p) => `  <url><loc>${escapeXml(prefix + pageUrlPath(p))}</loc></url>`);
  const urlset = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${urlset}\n${urls.join("\n")}\n</urlset>\n`;
}

export function robots(options: PublishOptions): string {
  return `User-agent: *\nAllow: /\n${options.siteUrl ? `Sitemap: ${options.siteUrl}sitemap.xml\n` : ""}`;
}

/** Headers every response should carry on hosts that let a site set them. */
export const SECURITY_HEADERS = ["X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer"];

/**
 * A Netlify-style `_headers` file (also read by Cloudflare Pages): each page's CSP as a header,
 * with frame-ancestors, which a <meta> tag cannot set, and the security headers for every path.
 * `scriptHashes` (transformSite's) saves reading each page again.
 * Hosts that ignore the file still have each page's <meta> policy.
 */
export function headersFile(
  dir: string,
  options: PublishOptions,
  scriptHashes?: ReadonlyMap<string, string[]>
): string {
  const blocks = [`${options.base}*\n${SECURITY_HEADERS.map((h) => `  ${h}`).join("\n")}`];
  for (const page of listPages(dir)) {
    const hashes =
      scriptHashes?.get(page) ?? inlineScriptHashes(parsePage(readFileSync(join(dir, page), "utf8"), page));
    const policy = contentSecurityPolicy(hashes, {header: true, embeddable: isEmbedPage(page)});
    const url = options.base + pageUrlPath(page);
    const paths = [...new Set([url, `${options.base}${page}`])];
    for (const path of paths) blocks.push(`${path}\n  Content-Security-Policy: ${policy}`);
  }
  return blocks.join("\n\n") + "\n";
}

/**
 * The files a static host needs besides the pages: .nojekyll (GitHub Pages would otherwise hide
 * Framework's _file, _import and _observablehq folders), robots.txt, sitemap.xml, _headers (CSP
 * and security headers for hosts that read it), and the favicon and social preview image under
 * stable names. Run after the page transforms: the CSP hashes the final inline scripts.
 */
export function writeSiteFiles(
  dir: string,
  options: PublishOptions,
  assetsDir: string,
  scriptHashes?: ReadonlyMap<string, string[]>
): string[] {
  writeFileSync(join(dir, ".nojekyll"), "");
  writeFileSync(join(dir, "robots.txt"), robots(options));
  writeFileSync(join(dir, "sitemap.xml"), sitemap(listPages(dir), options));
  writeFileSync(join(dir, "_headers"), headersFile(dir, options, scriptHashes));
  for (const asset of [FAVICON, SOCIAL_IMAGE]) copyFileSync(join(assetsDir, asset), join(dir, asset));
  return [".nojekyll", "robots.txt", "sitemap.xml", "_headers", FAVICON, SOCIAL_IMAGE];
}

/** Module specifiers and registerFile() paths in a script's code (JavaScript, not HTML). */
const CODE_REFERENCES = [
  /\bimport\s*(?:[^"']*?\sfrom\s*)?["']([^"']+)["']/g,
  /\bimport\(["']([^"']+)["']\)/g,
  /"path":"([^"]+)"/g
];

/**
 * The local URLs a built page refers to: href and src attributes (in <noscript> and <template> too),
 * and the module imports and Framework's registerFile paths in its inline scripts; external and
 * in-page (#) references are left out. `relativeToRoot`: the page has a <base href> (the 404 page),
 * so its relative URLs start from the site's root.
 */
export function pageReferences(html: string): {urls: string[]; relativeToRoot: boolean} {
  // As a browser without JavaScript reads it, so that <noscript> holds elements, not text.
  const document = parse(html, {scriptingEnabled: false});
  const urls = new Set<string>();
  for (const element of elements(document, {templates: true})) {
    for (const name of ["href", "src"]) {
      const value = attribute(element, name);
      if (value) urls.add(value);
    }
    if (element.tagName !== "script" || attribute(element, "src") !== undefined) continue;
    const code = textContent(element);
    for (const pattern of CODE_REFERENCES) for (const [, url] of code.matchAll(pattern)) urls.add(url);
  }
  return {
    urls: localUrls(urls),
    relativeToRoot: findElement(document, (e) => e.tagName === "base") !== undefined
  };
}

/** The addresses of files on the site, without query or fragment, once each: no external or in-page (#) ones. */
export function localUrls(urls: Iterable<string>): string[] {
  const local = [...new Set(urls)]
    .filter((url) => !/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(url))
    .map((url) => url.replace(/[?#].*$/, ""))
    .filter(Boolean);
  return [...new Set(local)];
}

/**
 * References from built pages to files that do not exist, as `page: url`. Clean URLs
 * ("./sources") resolve to "sources.html" or "sources/index.html". Root-absolute references
 * must start with the base path the site is built for. `pages`: only these pages' references;
 * `known` gives the references of pages that need not be read again (transformSite's derived embed pages).
 */
export function missingReferences(
  dir: string,
  base = "/",
  {pages = listPages(dir), known = new Map()}: {pages?: readonly string[]; known?: ReadonlyMap<string, string[]>} = {}
): string[] {
  const problems: string[] = [];
  // Pages share most of their references (scripts, styles): each file is looked for once.
  const found = new Map<string, boolean>();
  const exists = (target: string) => {
    if (!found.has(target))
      found.set(
        target,
        [target, `${target}.html`, join(target, "index.html")].some((c) => existsSync(c) && statSync(c).isFile())
      );
    return found.get(target)!;
  };
  for (const page of pages) {
    const {urls, relativeToRoot} = known.has(page)
      ? {urls: known.get(page)!, relativeToRoot: false}
      : pageReferences(readFileSync(join(dir, page), "utf8"));
    const from = relativeToRoot ? dir : dirname(join(dir, page));
    for (const ref of urls) {
      if (ref.startsWith("/") && !ref.startsWith(base)) {
        problems.push(`${page}: ${ref} (outside the base path ${base})`);
        continue;
      }
      const target = ref.startsWith("/") ? join(dir, ref.slice(base.length)) : resolve(from, ref);
      if (!exists(target)) problems.push(`${page}: ${ref}`);
    }
  }
  return problems;
}
