/**
 * How readers reach the people behind the site: the one place it is set. The footer
 * (src/lib/publish/chrome.ts), the page for an unknown address (render/notFound.ts) and a story
 * without residents' voices (render/storyPage.ts) all link to it.
 *
 * The West Midlands VRP gives no public email address in the documents this project grew from; its
 * page on the Strategic Needs Assessment ends with a "Get in touch" section that invites questions,
 * comments and suggestions ("Contact us"): West Midlands VRP, "Strategic Needs Assessment", web page
 * (westmidlands-vrp.org/data-insights/strategic-needs-assessment/; the project's reference
 * seed 000). Replace it here if the Partnership names a better route.
 */
export const SITE_CONTACT = {
  /** Who readers contact. */
  name: "the West Midlands Violence Reduction Partnership",
  /** The link's text. */
  linkText: "the West Midlands Violence Reduction Partnership's website",
  url: "https://westmidlands-vrp.org/data-insights/strategic-needs-assessment/"
} as const;
