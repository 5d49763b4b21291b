// Observable Framework configuration. Paths and base come from the environment so the build
// script can write to a staging folder and publishers can serve the site under a sub-path
// (WM_SITE_URL or WM_BASE_PATH: see docs/publishing.md).
import {CHROME_ENV, PAGE_HEADER, pageFooter, SITE_PAGES} from "./src/lib/publish/chrome.js";
import {publishOptions} from "./src/lib/publish/options.js";
import {shardPaths} from "./src/lib/publish/shards.js";
import {EMBED_FOLDER, embedNames} from "./src/lib/render/embedNames.js";
import {storySlugsInBuild} from "./src/lib/stories/catalogue.js";
import {wardPaths} from "./src/lib/wards/paths.js";

// The header and footer (src/lib/publish/chrome.ts) are Framework's only in the dev server: a build
// adds them to the pages Framework wrote, which is faster (chrome.ts says why).
const chrome = !process.env[CHROME_ENV];

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
  header: chrome ? PAGE_HEADER : null,
  footer: chrome ? pageFooter() : null,
  pages: SITE_PAGES.map((page) => ({...page})),
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
