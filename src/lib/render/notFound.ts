// The page for an address the site does not have (Framework serves it as 404.html).
import type {SiteContact} from "../content/site.js";
import {html} from "./html.js";
import {menuImport, scriptBlock} from "./page.js";

/** The Markdown of the 404 page: where to go instead, and whom to tell about a broken link (config/site.yaml). */
export function notFoundMarkdown(contact: SiteContact): string {
  const description = "There is no page at this address on the West Midlands story maps site.";
  return `---
title: Page not found
head: ${JSON.stringify(html`<meta name="description" content="${description}">`.toString())}
toc: false
sidebar: true
---

# Page not found

There is no page at this address. It may have moved, or the address may have a typing mistake.

- Go to the [home page](./) to see every story and map.
- Read about the [sources and methods](./sources) behind the site.

${html`<p>If you followed a link on this site to get here, please tell ${contact.name} so that it can be fixed:
contact them through <a href="${contact.url}">${contact.link_text}</a>.</p>`}

${scriptBlock([menuImport()])}
`;
}
