// Observable Framework configuration. Paths and base come from the environment so the build
// script can write to a staging folder and publishers can serve the site under a sub-path.
import {storySlugsInBuild} from "./src/lib/stories/catalogue.js";

export default {
  title: "West Midlands story maps",
  root: "src",
  output: process.env.WM_OUTPUT_DIR ?? "dist",
  base: process.env.WM_BASE_PATH ?? "/",
  // No Google Fonts: the site uses the reader's system fonts and loads nothing from other origins.
  globalStylesheets: [],
  style: "style.css",
  head: '<link rel="icon" href="data:,">',
  header: "",
  footer:
    'Contains public sector information licensed under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>. Contains OS data © Crown copyright and database right.',
  pages: [
    {name: "Stories", path: "/stories/"},
    {name: "Deprivation map", path: "/deprivation"},
    {name: "Sources and methods", path: "/sources"},
    {name: "For editors", path: "/editors"}
  ],
  // One page per story folder in content/stories, rendered by src/stories/[slug].md.ts; drafts
  // only in the dev server (src/lib/stories/drafts.ts).
  dynamicPaths: storySlugsInBuild("content").map((slug) => `/stories/${slug}`),
  search: false,
  cleanUrls: true,
  pager: false
};
