import {JSDOM} from "jsdom";
import {inert} from "./html.js";

let document: Document | undefined;

/**
 * The server-side DOM figures are drawn in at build time (Plot's `document` option, and `h` from
 * src/components/dom.ts): one per process, since nothing is kept in it.
 */
export function serverDocument(): Document {
  return (document ??= new JSDOM("<!doctype html><html><head></head><body></body></html>").window.document);
}

/** An element drawn in the server-side DOM as HTML that Framework copies into a page unchanged. */
export function toHtml(element: Element): string {
  return inert(element.outerHTML);
}
