import {JSDOM} from "jsdom";

let document: Document | undefined;

/**
 * The server-side DOM figures are drawn in at build time (Plot's `document` option, and `h` from
 * src/components/dom.ts): one per process, since nothing is kept in it.
 */
export function serverDocument(): Document {
  return (document ??= new JSDOM("<!doctype html><html><head></head><body></body></html>").window.document);
}
