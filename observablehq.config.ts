// Observable Framework configuration. Paths and base come from the environment so the build
// script can write to a staging folder and publishers can serve the site under a sub-path
// (WM_SITE_URL or WM_BASE_PATH: see docs/publishing.md).
import {publishOptions} from "./src/lib/publish/options.js";

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export default {
  title: "West Midlands story maps",
  root: "src",
  output: process.env.WM_OUTPUT_DIR ?? "dist",
  base: publishOptions().base,
  // No Google Fonts: the site uses the reader's system fonts and loads nothing from other origins.
  globalStylesheets: [],
  style: "style.css",
  // A page's `description:` front matter becomes its meta description; the build adds the favicon,
  // social preview metadata and Content-Security-Policy to every page (src/lib/publish/html.ts).
  head: ({data}: {data?: {description?: unknown}}) =>
    typeof data?.description === "string" ? `<meta name="description" content="${escapeAttribute(data.description)}">` : "",
  header: "",
  footer:
    'Contains public sector information licensed under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>. Contains OS data © Crown copyright and database right.',
  pages: [
    {name: "Deprivation map", path: "/deprivation"},
    {name: "Sources and methods", path: "/sources"}
  ],
  search: false,
  cleanUrls: true,
  pager: false
};
