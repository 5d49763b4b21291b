import {createHash} from "node:crypto";
import {
  attribute,
  Edits,
  type Element,
  elements,
  hasId,
  innerRange,
  isElement,
  outerRange,
  type Page,
  PageMarkupError,
  requireElement,
  requireHead,
  withLineBreak
} from "./dom.js";
import {isEmbedScript} from "./embedScript.js";

/** The 404 page's script that retries a URL without its trailing slash, as Framework's render.js writes it. */
const NOT_FOUND_REDIRECT = [
  "",
  "",
  'if (location.pathname.endsWith("/")) {',
  "  const alt = location.pathname.slice(0, -1);",
  '  fetch(alt, {method: "HEAD"}).then((response) => response.ok && ' +
    "location.replace(alt + location.search + location.hash));",
  "}",
  "",
  ""
].join("\n");

const inHead = (script: Element) => isElement(script.parentNode!) && script.parentNode.tagName === "head";
const isModule = (script: Element) => attribute(script, "type") === "module";

/**
 * The only inline scripts a page may have, written by Framework (or by the build, the same on every
 * derived embed page), which the CSP allows by hash.
 * Anything else stops the build rather than being allowed: a hash would let any inline script run,
 * whoever wrote it, and text that escapes its element (a title that closes a <noscript>) becomes one.
 */
const KNOWN_SCRIPTS: {name: string; matches: (script: Element, code: string) => boolean}[] = [
  {
    // Imports Framework's client, then defines the page's cells, compiled from its Markdown.
    name: "its page module",
    matches: (script, code) =>
      inHead(script) &&
      isModule(script) &&
      /^\s*import (?:\{[^}]*\} from )?"[^"]*\/_observablehq\/client\.[\w-]+\.js";/.test(code)
  },
  {
    // Runs an embed page's enhancements (embedScript.ts): the build writes it into the embed pages it derives.
    name: "an embed page's script",
    matches: (script, code) => inHead(script) && isModule(script) && isEmbedScript(code)
  },
  {
    name: "the 404 page's redirect",
    matches: (script, code) => inHead(script) && isModule(script) && code === NOT_FOUND_REDIRECT
  },
  {
    // Restores the sidebar's open sections and scroll position; it comes straight after the sidebar.
    name: "its sidebar script",
    matches: (script) => {
      const siblings = script.parentNode!.childNodes.filter(isElement);
      const before = siblings[siblings.indexOf(script) - 1];
      return (
        attribute(script, "type") === undefined && before?.tagName === "nav" && hasId(before, "observablehq-sidebar")
      );
    }
  }
];

/** An inline script's hash, in CSP's form. */
export const scriptHash = (code: string) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`;

/**
 * sha256 hashes, in CSP's form, of the page's inline scripts: the <script> elements without src that
 * a browser finds, never script-like text in an attribute or a <noscript>. Each script is hashed as
 * `edits` will leave it. Throws on a script that is not one of Framework's own.
 */
export function inlineScriptHashes(page: Page, edits = new Edits()): string[] {
  const hashes = new Set<string>();
  for (const script of elements(page.document)) {
    if (script.tagName !== "script" || attribute(script, "src") !== undefined) continue;
    const code = edits.apply(page.html, innerRange(script));
    if (!KNOWN_SCRIPTS.some((known) => known.matches(script, code))) {
      const where = `line ${script.sourceCodeLocation?.startLine} (${JSON.stringify(code.trim().slice(0, 60))})`;
      const known = KNOWN_SCRIPTS.map((k) => k.name).join(", ");
      throw new PageMarkupError(
        page.file,
        `an inline <script> on ${where} is not one of Framework's own (${known}), so the Content-Security-Policy ` +
          "would have to let it run; put the code in a ```js block or a module under src/"
      );
    }
    hashes.add(scriptHash(code));
  }
  return [...hashes].sort();
}

/**
 * The site's Content-Security-Policy. Everything comes from the site's own origin. Scripts: the
 * site's files and the page's own inline scripts, by hash. Styles allow 'unsafe-inline' because
 * Plot writes a <style> element and style attributes into every chart at run time, which no
 * hash can name; styles cannot send data to another origin under this policy.
 * frame-ancestors only works as an HTTP header, so `header` adds it for hosts that send one: only the
 * site itself may frame a page, but any site may frame an `embeddable` one (an embed page).
 */
export function contentSecurityPolicy(scriptHashes: string[], {header = false, embeddable = false} = {}): string {
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
    ...(header ? [`frame-ancestors ${embeddable ? "*" : "'self'"}`] : [])
  ].join("; ");
}

const isPolicy = (element: Element) =>
  element.tagName === "meta" && attribute(element, "http-equiv")?.toLowerCase() === "content-security-policy";

/**
 * Puts the page's CSP in a <meta> tag straight after <meta charset>, before any script or <base>,
 * so that it governs everything that follows; an older policy is replaced. The page's last step:
 * it hashes the scripts as the steps before it leave them. Returns the hashes.
 */
export function addContentSecurityPolicy(page: Page, edits: Edits): string[] {
  const head = requireHead(page);
  const isCharset = (e: Element) => e.tagName === "meta" && attribute(e, "charset") !== undefined;
  const charset = requireElement(page, isCharset, "<meta charset>", "to put the Content-Security-Policy after", head);
  for (const old of elements(head)) if (isPolicy(old)) edits.remove(withLineBreak(page, outerRange(old)));
  const hashes = inlineScriptHashes(page, edits);
  edits.insert(
    outerRange(charset).end,
    `\n<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}">`
  );
  return hashes;
}
