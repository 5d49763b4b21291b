// Every page's header and footer. Framework would read each into a DOM of its own twice per page
// (to find assets, then to resolve links): about a sixth of its build time. So the build adds them
// to the pages it wrote (src/lib/publish/html.ts), and Framework gets them only in the dev server
// (observablehq.config.ts), whose pages are not post-processed.
import {siteConfig, type SiteContact} from "../content/site.js";
import {escapeAttributeValue} from "../util/attributeValue.js";

/** Set by the build for Framework's processes: the post-processing adds the header and footer. */
export const CHROME_ENV = "WM_CHROME_AFTER_BUILD";

/** The site's pages, in the sidebar and in every page's footer. */
export const SITE_PAGES = [
  {name: "Stories", path: "/stories/"},
  {name: "Deprivation map", path: "/deprivation"},
  {name: "Neighbourhood risk index", path: "/risk-index"},
  {name: "How the risk index is made", path: "/risk-index-method"},
  {name: "Ward profiles", path: "/wards/"},
  {name: "Borough comparison", path: "/boroughs"},
  {name: "Sources and methods", path: "/sources"},
  {name: "For editors", path: "/editors"}
] as const;

/**
 * The header: the "Menu" button that shows and hides the sidebar (src/components/menu.ts, run by
 * components/enhanceMenu.js, which every page's script imports). It is hidden until that script
 * runs; without JavaScript, Framework's own toggle and the footer's list of pages lead to every page.
 */
export const PAGE_HEADER =
  '<button type="button" class="wm-menu-button" aria-controls="observablehq-sidebar" aria-expanded="false" ' +
  'hidden="">Menu</button>';

/**
 * The footer, with links as written from the site's root ("/stories/"): every page lists the site's
 * pages, and the contact route of config/site.yaml.
 */
export function pageFooter(
  link: (path: string) => string = (path) => path,
  contact: SiteContact = siteConfig().contact
): string {
  const pages = [{name: "Home", path: "/"}, ...SITE_PAGES];
  // Other sites open in a new tab, as Framework writes its pages' links to them.
  const external = (href: string) =>
    `<a href="${escapeAttributeValue(href)}" target="_blank" rel="noopener noreferrer">`;
  // The editor's words, as text: escaped as in an attribute, which leaves today's text byte for byte.
  const [name, linkText] = [contact.name, contact.link_text].map(escapeAttributeValue);
  return (
    '<nav class="wm-footer-pages" aria-label="All pages"><ul>' +
    pages.map((p) => `<li><a href="${link(p.path)}">${p.name}</a></li>`).join("") +
    "</ul></nav>" +
    "Contains public sector information licensed under the " +
    external("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/") +
    "Open Government Licence v3.0</a>. Contains OS data © Crown copyright and database right. " +
    `Questions or a broken link? Contact ${name} through ${external(contact.url)}${linkText}</a>.`
  );
}

/**
 * A link from the page `file` in dist/ ("wards/aston.html") to a path from the site's root
 * ("/stories/"), relative as Framework writes links ("../stories/"), so it works under any base path.
 */
export function relativeLink(file: string, path: string): string {
  const from = file.split("/").slice(0, -1);
  const to = path.split("/").slice(1);
  const last = to.pop()!;
  let shared = 0;
  while (shared < Math.min(from.length, to.length) && from[shared] === to[shared]) shared++;
  const up = from.length - shared;
  return (up ? "../".repeat(up) : "./") + [...to.slice(shared), last].join("/");
}
