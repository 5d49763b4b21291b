import {escapeAttributeValue} from "../lib/util/attributeValue.js";
import {hyperscript} from "./dom.js";

/** How tall an embedded figure's frame is: its map or chart, summary and closed table fit. */
const FRAME_HEIGHT = 760;

/**
 * The HTML another site pastes to show a figure: a frame of its embed page, named by its title.
 * Written as a string, not by a DOM, so that the build's DOM and the browser's write the same
 * snippet: the attributes in this order (the build's DOM writes an element's in reverse), and
 * escaped alike.
 */
export function iframeSnippet(src: string, title: string): string {
  const attributes = {src, title, width: "100%", height: String(FRAME_HEIGHT), style: "border: 0", loading: "lazy"};
  const written = Object.entries(attributes).map(([name, value]) => `${name}="${escapeAttributeValue(value)}"`);
  return `<iframe ${written.join(" ")}></iframe>`;
}

/**
 * The footer of a figure that can be embedded: a closed "Embed" disclosure with the snippet to copy
 * and a link to the figure's own page. The snippet is written at build time with the page's relative
 * address; in the browser `absoluteEmbedCodes` turns it into the full address, which works on any site.
 */
export function embedCode(href: string, title: string, {document = globalThis.document} = {}): HTMLElement {
  const h = hyperscript(document);
  return h(
    "details",
    {class: "wm-embed"},
    h("summary", {}, "Embed"),
    // Classed, so that no page takes its description from them (publish/html.ts: pageDescription).
    h("p", {class: "wm-embed-note"}, "To show this figure on another website, copy this code into its page:"),
    h("pre", {}, h("code", {}, iframeSnippet(href, title))),
    h("p", {class: "wm-embed-note"}, h("a", {href, class: "wm-embed-link"}, "Open the figure on its own page"))
  );
}

/** Each embed snippet of the page with the full address of its figure's page (the link's resolved href). */
export function absoluteEmbedCodes(root: ParentNode = document): void {
  for (const details of root.querySelectorAll<HTMLElement>("details.wm-embed")) {
    const link = details.querySelector<HTMLAnchorElement>("a.wm-embed-link");
    const code = details.querySelector("code");
    const title = details.closest("figure")?.querySelector(".wm-figure-title")?.textContent ?? "";
    if (link && code) code.textContent = iframeSnippet(link.href, title);
  }
}
