// Embed pages: one figure on a page of its own, for other sites to show in a frame.
import {embedCode} from "../../components/embedCode.js";
import {DERIVED_EMBED, DERIVED_EMBED_FROM, EMBED_FOLDER, embedName} from "./embedNames.js";
import {drawn, markdownPage} from "./page.js";
import {html} from "./html.js";

/**
 * Adds the "Embed" disclosure to the footer of a figure on the page at `page` (a path from the
 * site's root, "stories/aston"), pointing at its embed page. `shown` is the figure, or a block
 * that holds it with its notes (the embed page shows the whole block). Returns `shown`.
 */
export function withEmbedCode(shown: HTMLElement, page: string, name: string): HTMLElement {
  const figure = shown.matches("figure.wm-figure") ? shown : shown.querySelector("figure.wm-figure");
  if (!figure) throw new Error(`${page}: the figure ${name} has no figure() to put its embed code in`);
  const root = "../".repeat(page.split("/").length - 1) || "./";
  const title = figure.querySelector(".wm-figure-title")?.textContent ?? "";
  figure.append(embedCode(`${root}${EMBED_FOLDER}/${embedName(page, name)}`, title, {document: figure.ownerDocument}));
  return shown;
}

/**
 * withEmbedCode for a figure whose embed page the build derives from the built page it is on
 * (publish/embedPages.ts): a Framework page for each figure of 192 ward profiles would add minutes to
 * the build. `from` names the page in the embed page's link back ("the ward profile of Aston").
 */
export function withDerivedEmbed(shown: HTMLElement, page: string, name: string, from: string): HTMLElement {
  withEmbedCode(shown, page, name);
  shown.setAttribute(DERIVED_EMBED, embedName(page, name));
  shown.setAttribute(DERIVED_EMBED_FROM, from);
  return shown;
}

export interface EmbedPage {
  /** The figure, drawn as on its page. */
  figure: HTMLElement;
  /** The page it comes from, from the site's root ("stories/aston#step-area-title"), and its name. */
  back: {href: string; text: string};
}

/** A heading element of another level, with the same attributes and content, in its place. */
function relevel(heading: Element, level: number): Element {
  const replacement = heading.ownerDocument.createElement(`h${level}`);
  for (const {name, value} of [...heading.attributes]) replacement.setAttribute(name, value);
  replacement.append(...heading.childNodes);
  heading.replaceWith(replacement);
  return replacement;
}

/**
 * The figure's title as the page's one h1, since the embed page holds nothing else to head; the
 * headings under it (a block's key figures) move up as many levels, so that none is skipped.
 */
function titleAsHeading(shown: HTMLElement): string {
  const title = shown.querySelector(".wm-figure-title");
  if (!title) throw new Error("an embed page needs a figure() with a title");
  const by = Number(title.localName.slice(1)) - 1;
  for (const heading of [...shown.querySelectorAll("h2, h3, h4, h5, h6")])
    if (heading !== title) relevel(heading, Math.max(2, Number(heading.localName.slice(1)) - by));
  return relevel(title, 1).textContent ?? "";
}

/**
 * An embed page: the figure alone (title, summary, legend, graphic, source and table) and a link
 * back to the page it comes from (opened in the whole window, not the frame), without the site's
 * header, sidebar, footer or pager, so that it fits a frame on another site.
 */
export function embedPageMarkdown({figure, back}: EmbedPage): string {
  const title = titleAsHeading(figure);
  const link = html`<a href="../${back.href}" target="_top">${back.text}</a>`;
  return markdownPage({title, root: "../", framed: true}, [
    drawn(figure),
    html`<p class="wm-embed-back">From ${link}, West Midlands story maps.</p>`
  ]);
}
