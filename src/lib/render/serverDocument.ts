import {parseHTML} from "linkedom";

let document: Document | undefined;

/**
 * The server-side DOM figures are drawn in at build time (Plot's `document` option, and `h` from
 * src/components/dom.ts): one per process, since nothing is kept in it. linkedom, not jsdom: drawing
 * needs no layout, style or events, and linkedom makes and serialises elements several times faster.
 */
export function serverDocument(): Document {
  return (document ??= parseHTML("<!doctype html><html><head></head><body></body></html>")
    .document as unknown as Document);
}
