/**
 * Graphics that skip Observable Framework's HTML passes in a build. Framework reads every page's
 * HTML into a DOM three times (assets, paths, links); a page of maps and charts drawn at build time
 * holds hundreds of SVG elements in which it has nothing to change (no links, files or ids), so the
 * build's generation step moves each marked graphic out of the page (`deferGraphics`) and the
 * post-processing puts it back into the built HTML (`restoreGraphics`). The dev server's pages
 * keep their graphics in place, between the markers.
 */
const START = "wm-graphic";
const END = "/wm-graphic";
const MARKED = /<!--wm-graphic-->([\s\S]*?)<!--\/wm-graphic-->/g;
const DEFERRED = /<!--wm-graphic:(\d+)-->/g;

/** Marks a graphic (already in its figure) as one the build may defer: it must hold no link, file or id. */
export function markDeferred(graphic: Element): void {
  const document = graphic.ownerDocument;
  graphic.before(document.createComment(START));
  graphic.after(document.createComment(END));
}

/** A page's Markdown with each marked graphic replaced by a numbered placeholder, and the graphics. */
export function deferGraphics(markdown: string): {markdown: string; graphics: string[]} {
  const graphics: string[] = [];
  const out = markdown.replace(MARKED, (_, graphic: string) => `<!--wm-graphic:${graphics.push(graphic) - 1}-->`);
  return {markdown: out, graphics};
}

/** Whether a built page has placeholders to fill. */
export const hasDeferred = (html: string) => html.includes("<!--wm-graphic:");

/** A built page with its placeholders replaced by the graphics `deferGraphics` took out. */
export function restoreGraphics(html: string, graphics: readonly string[], page: string): string {
  return html.replace(DEFERRED, (_, index: string) => {
    const graphic = graphics[Number(index)];
    if (graphic === undefined) throw new Error(`${page}: no deferred graphic ${index}; build again`);
    return graphic;
  });
}
