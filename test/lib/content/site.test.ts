import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {checkConfig} from "../../../src/lib/check/project.js";
import {formatProblem, Problems} from "../../../src/lib/content/problems.js";
import {parseSite, readSite, siteConfig, SITE_FILE} from "../../../src/lib/content/site.js";

const FILE = "config/site.yaml";
const valid = `contact:
  name: the Partnership
  link_text: its website
  url: https://example.org/contact/
`;

/** The file's problems, as npm run check lists them. */
function problemsOf(text: string): string[] {
  const problems = new Problems();
  problems.collect(() => parseSite(FILE, text));
  return problems.list.map(formatProblem);
}

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, {recursive: true, force: true})));
/** A project root whose config/ holds the real weights and this site.yaml (none when undefined). */
function projectWith(site: string | undefined): string {
  const root = mkdtempSync(join(tmpdir(), "wm-site-"));
  roots.push(root);
  mkdirSync(join(root, "config"));
  const weights = readFileSync(new URL("../../../config/risk-index.yaml", import.meta.url), "utf8");
  writeFileSync(join(root, "config", "risk-index.yaml"), weights);
  if (site !== undefined) writeFileSync(join(root, SITE_FILE), site);
  return root;
}

describe("config/site.yaml", () => {
  it("reads a valid file: a web page or an email address", () => {
    expect(parseSite(FILE, valid).contact).toEqual({
      name: "the Partnership",
      link_text: "its website",
      url: "https://example.org/contact/"
    });
    const email = valid.replace("https://example.org/contact/", "mailto:contact@example.org");
    expect(parseSite(FILE, email).contact.url).toBe("mailto:contact@example.org");
  });

  it("holds the project's real contact route, read once a process", () => {
    const {contact} = siteConfig();
    expect(contact.url).toBe("https://westmidlands-vrp.org/data-insights/strategic-needs-assessment/");
    expect(contact.name).toBe("the West Midlands Violence Reduction Partnership");
    expect(siteConfig()).toBe(siteConfig());
  });

  it("says on which line a field is unknown or an address is not one, with the fix, every problem at once", () => {
    const text = valid.replace("link_text:", "linktext:").replace("https://example.org/contact/", "example.org");
    expect(problemsOf(text)).toEqual([
      `${FILE}:3: "linktext" is not a field of contact — did you mean "link_text"?`,
      `${FILE}:1: the contact link has no text — write the words the link shows, for example: its website`,
      `${FILE}:4: "example.org" is not a web page or email address — ` +
        "write a full https:// address, or mailto: followed by an email address"
    ]);
  });

  it("asks for the contact mapping and for a name that is not blank", () => {
    expect(problemsOf("contacts:\n  name: x\n")).toEqual([
      `${FILE}:1: "contacts" is not a setting of the site — did you mean "contact"?`,
      `${FILE}:1: the file has no \`contact:\` mapping — write "contact:" followed by its indented fields`
    ]);
    expect(problemsOf(valid.replace("name: the Partnership", 'name: " "'))).toEqual([
      `${FILE}:2: the contact has no name — write who readers contact, for example: ` +
        "the West Midlands Violence Reduction Partnership"
    ]);
  });

  it("is checked by npm run check (checkConfig), with the risk index's weights, and must be there", () => {
    expect(checkConfig(projectWith(valid)).list).toEqual([]);
    const broken = checkConfig(projectWith(valid.replace("https://example.org/contact/", "www.example.org")));
    expect(broken.errors.map((p) => `${p.file}:${p.line}`)).toEqual([`${FILE}:4`]);
    expect(() => readSite(projectWith(undefined))).toThrow(
      `${FILE}: the site's settings file is missing — restore it from git`
    );
  });
});
