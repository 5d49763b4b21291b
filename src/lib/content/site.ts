// config/site.yaml: settings of the whole site that an editor may change, today how readers reach the
// people behind it. The footer of every page (publish/chrome.ts), the page for an unknown address
// (render/notFound.ts) and a story without residents' voices (render/storyPage.ts) link to it.
import {existsSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {z} from "zod";
import {PROJECT_ROOT} from "../util/projectRoot.js";
import {ContentError, Problems} from "./problems.js";
import {checkYaml, said, unknownFieldFix, type Wordings} from "./schema.js";
import {YamlFile} from "./yamlFile.js";

/** The file, relative to the project root. */
export const SITE_FILE = join("config", "site.yaml");

/** A web page (https://) or an email address (mailto:). */
const CONTACT_URL = /^(https:\/\/[^\s/]+\.[^\s]+|mailto:[^\s@]+@[^\s@]+\.[^\s@]+)$/;

const text = (description: string) => z.string().trim().min(1).describe(description);

const contactSchema = z
  .strictObject({
    name: text('Who readers contact, as a sentence names them after "Contact" or "tell"'),
    link_text: text("The link's text"),
    url: z.string().trim().regex(CONTACT_URL).describe("The page the link opens (https://) or an email (mailto:)")
  })
  .describe("How readers reach the people behind the site");

export const siteSchema = z
  .strictObject({contact: contactSchema})
  .describe("Settings of the whole site: config/site.yaml (see docs/publishing.md)");

export type SiteConfig = z.output<typeof siteSchema>;
export type SiteContact = SiteConfig["contact"];

const CONTACT_FIELDS = Object.keys(contactSchema.shape);

const noContact = () => said("the file has no `contact:` mapping", 'write "contact:" followed by its indented fields');

const wordings: Wordings = {
  "": {
    invalid: noContact,
    unknown: ({field}) => said(`"${field}" is not a setting of the site`, unknownFieldFix(field, ["contact"]))
  },
  contact: {
    missing: noContact,
    invalid: () =>
      said("`contact:` is not a mapping", `write its fields on indented lines below it: ${CONTACT_FIELDS.join(", ")}`),
    unknown: ({field}) => said(`"${field}" is not a field of contact`, unknownFieldFix(field, CONTACT_FIELDS))
  },
  "contact.name": {
    invalid: () =>
      said(
        "the contact has no name",
        "write who readers contact, for example: the West Midlands Violence Reduction Partnership"
      )
  },
  "contact.link_text": {
    invalid: () => said("the contact link has no text", "write the words the link shows, for example: its website")
  },
  "contact.url": {
    missing: () => said("the contact has no address", "write the page readers open (https://…) or an email (mailto:…)"),
    invalid: ({value}) =>
      said(
        `${JSON.stringify(value)} is not a web page or email address`,
        "write a full https:// address, or mailto: followed by an email address"
      )
  }
};

/** Reads and checks the site's settings; throws a ContentError listing every problem, with its line. */
export function parseSite(file: string, text: string): SiteConfig {
  const yaml = new YamlFile(file, text);
  const problems = new Problems();
  const checked = checkYaml(yaml, yaml.value(), siteSchema, wordings, problems);
  problems.throwIfErrors();
  return checked!;
}

/** Reads and checks config/site.yaml under the project root `root` (npm run check reads it with this). */
export function readSite(root: string): SiteConfig {
  const path = join(root, SITE_FILE);
  if (!existsSync(path))
    throw new ContentError(SITE_FILE, undefined, "the site's settings file is missing", "restore it from git");
  return parseSite(relative(root, path), readFileSync(path, "utf8"));
}

const read = new Map<string, SiteConfig>();

/** The site's settings under `root` (the project's own by default), read once a process: every footer uses them. */
export function siteConfig(root: string = PROJECT_ROOT): SiteConfig {
  let config = read.get(root);
  if (!config) read.set(root, (config = readSite(root)));
  return config;
}
