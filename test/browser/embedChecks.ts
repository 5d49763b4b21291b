// Every embed page checked without a browser (the full sweep visits only a sample of the ward
// profiles' thousand in Chromium, gates.ts): its Content-Security-Policy names exactly its inline
// scripts, it is kept out of search engines' indexes, any site may frame it (_headers), every file
// and link it refers to exists, and what its first view loads, by the files' gzip sizes, fits the
// transfer budget of the page its figure is on.
import {readFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {gzipSync} from "node:zlib";
import {transferBudget} from "../../src/lib/publish/budgets.js";
import {contentSecurityPolicy, inlineScriptHashes} from "../../src/lib/publish/csp.js";
import {attribute, elements, parsePage, textContent} from "../../src/lib/publish/dom.js";
import {pageUrlPath} from "../../src/lib/publish/html.js";
import {isEmbedPage, listPages, missingReferences} from "../../src/lib/publish/site.js";

/** Static imports of a built module (its dynamic imports load later, not in the first view). */
const STATIC_IMPORT = /\bimport\s*(?:[^"'();]*?\sfrom\s*)?["']([^"']+)["']/g;

/** The site's files a page's first view loads: its stylesheets, icon and modules, with their imports. */
function firstViewFiles(dir: string, page: string, head: ReturnType<typeof parsePage>): string[] {
  const files = new Set<string>([page]);
  const visit = (url: string, from: string) => {
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return;
    const file = relative(dir, resolve(dirname(join(dir, from)), url));
    if (files.has(file)) return;
    files.add(file);
    if (file.endsWith(".js"))
      for (const [, next] of readFileSync(join(dir, file), "utf8").matchAll(STATIC_IMPORT)) visit(next, file);
  };
  for (const element of elements(head.document)) {
    const href = attribute(element, "href");
    if (element.tagName === "link" && href && attribute(element, "rel") !== "canonical") visit(href, page);
    if (element.tagName === "script" && attribute(element, "src") === undefined)
      for (const [, url] of textContent(element).matchAll(STATIC_IMPORT)) visit(url, page);
  }
  return [...files];
}

/** What is wrong with each embed page of the built site in `dir`, as "page: problem". */
export function embedPageProblems(dir: string, base = "/"): string[] {
  const pages = listPages(dir).filter(isEmbedPage);
  const headers = readFileSync(join(dir, "_headers"), "utf8").split("\n\n");
  const gzipped = new Map<string, number>();
  const size = (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(dir, file)), {level: 9}).length);
    return gzipped.get(file)!;
  };
  const problems = missingReferences(dir, base, {pages});
  for (const page of pages) {
    const html = readFileSync(join(dir, page), "utf8");
    const end = html.indexOf("</head>");
    if (end < 0 || (html.slice(end).match(/<script\b/gi) ?? []).length) {
      problems.push(`${page}: a script outside its <head>, or no <head>`);
      continue;
    }
    // Its scripts are all in the <head>: that is all the checks below read.
    const head = parsePage(`${html.slice(0, end)}</head></html>`, page);
    const meta = (name: string, value: string) =>
      [...elements(head.document)].find((e) => e.tagName === "meta" && attribute(e, name)?.toLowerCase() === value);
    const policy = meta("http-equiv", "content-security-policy");
    try {
      if (!policy || attribute(policy, "content") !== contentSecurityPolicy(inlineScriptHashes(head)))
        problems.push(`${page}: its Content-Security-Policy does not name exactly its inline scripts`);
    } catch (error) {
      // A script that is not one of the site's own (csp.ts), named with its line.
      problems.push((error as Error).message);
    }
    const robots = meta("name", "robots");
    if (!robots || attribute(robots, "content") !== "noindex")
      problems.push(`${page}: no <meta name="robots" content="noindex">`);
    const header = headers.find((block) => block.startsWith(`${base}${pageUrlPath(page)}\n`));
    if (!header?.endsWith("frame-ancestors *")) problems.push(`${page}: _headers does not let other sites frame it`);
    const bytes = firstViewFiles(dir, page, head).reduce((sum, file) => sum + size(file), 0);
    if (bytes > transferBudget(page))
      problems.push(`${page}: its first view is ${bytes} bytes gzipped, over its budget of ${transferBudget(page)}`);
  }
  return problems;
}
