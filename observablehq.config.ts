// Observable Framework configuration. Paths and base come from the environment so the build
// script can write to a staging folder and publishers can serve the site under a sub-path
// (WM_SITE_URL or WM_BASE_PATH: see docs/publishing.md).
import {publishOptions} from "./src/lib/publish/options.js";
import {shardPaths} from "./src/lib/publish/shards.js";
import {EMBED_FOLDER, embedNames} from "./src/lib/render/embedNames.js";
import {storySlugsInBuild} from "./src/lib/stories/catalogue.js";
import {SITE_CONTACT} from "./src/lib/util/site.js";
import {wardPaths} from "./src/lib/wards/paths.js";

/** The site's pages, in the sidebar and in every page's footer. */
const PAGES = [
  {name: "Stories", path: "/stories/"},
  {name: "Deprivation map", path: "/deprivation"},
  {name: "Neighbourhood risk index", path: "/risk-index"},
  {name: "How the risk index is made", path: "/risk-index-method"},
  {name: "Ward profiles", path: "/wards/"},
  {name: "Borough comparison", path: "/boroughs"},
  {name: "Sources and methods", path: "/sources"},
  {name: "For editors", path: "/editors"}
];

/**
 * The page header: the "Menu" button that shows and hides the sidebar (src/components/menu.ts). It
 * is hidden until its script runs; without JavaScript, Framework's own toggle and the footer's list
 * of pages lead to every page. (The script is loaded from a file: the Content-Security-Policy
 * allows no inline script of ours.)
 */
const HEADER =
  '<button type="button" class="wm-menu-button" aria-controls="observablehq-sidebar" aria-expanded="false" hidden>' +
  "Menu</button>\n" +
  '<script type="module" src="/components/enhanceMenu.js"></script>';

/** Every page's footer lists the site's pages, so they can be reached without the menu. */
const PAGE_LINKS =
  '<nav class="wm-footer-pages" aria-label="All pages"><ul>' +
  [{name: "Home", path: "/"}, ...PAGES].map((p) => `<li><a href="${p.path}">${p.name}</a></li>`).join("") +
  "</ul></nav>";

export default {
  title: "West Midlands story maps",
  root: "src",
  output: process.env.WM_OUTPUT_DIR ?? "dist",
  base: publishOptions().base,
  // No Google Fonts: the site uses the reader's system fonts and loads nothing from other origins.
  globalStylesheets: [],
  style: "style.css",
  // The build adds the favicon, description, social preview metadata and Content-Security-Policy to
  // every page (src/lib/publish/html.ts). A page sets its own description with front matter
  // `head: '<meta name="description" content="…">'` (Framework drops unknown front matter keys).
  // null, not "": Framework reads even an empty fragment into a DOM of its own on every page.
  head: null,
  header: HEADER,
  footer:
    PAGE_LINKS +
    "Contains public sector information licensed under the " +
    '<a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">' +
    "Open Government Licence v3.0</a>. Contains OS data © Crown copyright and database right. " +
    `Questions or a broken link? Contact ${SITE_CONTACT.name} through <a href="${SITE_CONTACT.url}">` +
    `${SITE_CONTACT.linkText}</a>.`,
  pages: PAGES,
  // Pages generated from data: one per story folder in content/stories (src/stories/[slug].md.ts;
  // drafts only in the dev server, src/lib/stories/drafts.ts) and one profile per ward (slugs from
  // src/lib/wards/slug.ts). The build runs Framework as a few processes, each building a share of
  // them (src/lib/publish/shards.ts).
  dynamicPaths: shardPaths([
    ...storySlugsInBuild("content").map((slug) => `/stories/${slug}`),
    ...wardPaths(import.meta.dirname),
    ...embedNames(storySlugsInBuild("content")).map((name) => `/${EMBED_FOLDER}/${name}`)
  ]),
  search: false,
  cleanUrls: true,
  pager: false
};
