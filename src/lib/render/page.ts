import {compactPaths} from "./compactPaths.js";
import {deferFigureParts} from "./deferred.js";
import {html, toHtml, type SafeHtml} from "./html.js";

export interface PageOptions {
  title: string;
  /** Framework's table of contents from the page's h2 headings. */
  toc?: boolean;
  /** Path from the page to the site's root: "./" for top-level pages, "../" one folder down. */
  root?: "./" | "../";
  /** Put "find your area" in the page's `<div id="area-search">` (its index loads on first use). */
  search?: boolean;
  /** The search box's label, if not areaSearch's own ("Find your area: …"). */
  searchLabel?: string;
  /** A page shown in another site's frame: without the site's header, sidebar, footer and pager. */
  framed?: boolean;
}

/** Front matter that leaves out everything around the page's own content (Framework's options). */
const FRAMED = 'sidebar: false\nheader: ""\nfooter: ""\npager: false\n';

/** The id of the element areaSearch fills on pages with `search`. */
const SEARCH_SLOT = "area-search";

/** Where "find your area" goes on a page with `search`. */
export const searchSlot = (): SafeHtml => html`<div id="${SEARCH_SLOT}"></div>`;

/** The import that runs the header's Menu button (components/enhanceMenu.ts): every page's script has it. */
export const menuImport = (root = "./"): string => `import "${root}components/enhanceMenu.js";`;

/** A page's one script, as the Markdown code block Framework runs. */
export const scriptBlock = (lines: readonly string[]): string => ["```js", ...lines, "```"].join("\n");

/**
 * A page drawn at build time: front matter, the Markdown blocks and HTML of `body`, and one small
 * script that only enhances what is already there (sortable tables, tooltips, search). The page
 * imports no charting library, and loads no data unless the reader searches.
 */
export function markdownPage(
  {title, toc = false, root = "./", search = false, searchLabel, framed = false}: PageOptions,
  body: readonly (string | SafeHtml)[]
): string {
  const components = `${root}components`;
  const script = [
    // An embed page has no header, so no Menu button to run.
    ...(framed ? [] : [menuImport(root)]),
    `import {enhancePage} from "${components}/enhance.js";`,
    ...(search ? [`import {areaSearch} from "${components}/search.js";`] : []),
    "enhancePage();",
    ...(search
      ? [
          `const areas = FileAttachment("${root}data/search-index.json");`,
          `document.getElementById("${SEARCH_SLOT}")` +
            `?.replaceChildren(areaSearch({index: () => areas.json(), root: "${root}"` +
            `${searchLabel ? `, label: ${JSON.stringify(searchLabel)}` : ""}}));`
        ]
      : [])
  ];
  return [
    `---\ntitle: ${JSON.stringify(title)}\ntoc: ${toc}\n${framed ? FRAMED : ""}---`,
    ...body,
    scriptBlock(script)
  ].join("\n\n");
}

/**
 * A figure or other element drawn in the server-side DOM, as HTML for the page: paths compacted,
 * and the figures' graphics and tables marked for the build to keep out of Framework's passes.
 */
export function drawn(element: Element): SafeHtml {
  compactPaths(element);
  return toHtml(deferFigureParts(element));
}
