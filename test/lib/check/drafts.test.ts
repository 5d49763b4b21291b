import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {draftMentions, draftSlugs} from "../../../src/lib/check/drafts.js";
import {storySlugsInBuild} from "../../../src/lib/stories/catalogue.js";
import {includeDrafts} from "../../../src/lib/stories/drafts.js";

const dir = mkdtempSync(join(tmpdir(), "wm-drafts-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
cpSync(join(import.meta.dirname, "..", "..", "fixtures", "content", "valid"), join(dir, "content"), {recursive: true});

describe("drafts", () => {
  it("are in the build only when WM_INCLUDE_DRAFTS is exactly true", () => {
    expect(storySlugsInBuild(join(dir, "content"), {})).toEqual(["alpha"]);
    expect(storySlugsInBuild(join(dir, "content"), {WM_INCLUDE_DRAFTS: "1"})).toEqual(["alpha"]);
    expect(storySlugsInBuild(join(dir, "content"), {WM_INCLUDE_DRAFTS: "true"})).toEqual(["alpha", "beta"]);
    expect(includeDrafts({})).toBe(false);
    expect(draftSlugs(join(dir, "content"))).toEqual(["beta"]);
  });

  it("are found in a built site by file name, story address or slug field", () => {
    const site = join(dir, "site");
    mkdirSync(join(site, "stories"), {recursive: true});
    writeFileSync(join(site, "index.html"), '<a href="./stories/alpha">Alpha</a> beta');
    writeFileSync(join(site, "areas.json"), '[{"slug": "beta"}]');
    writeFileSync(join(site, "stories", "beta.html"), "");
    writeFileSync(join(site, "links.js"), 'go("/stories/beta")');
    expect(draftMentions(site, ["beta"])).toEqual([
      'areas.json: mentions the draft "beta"',
      'links.js: mentions the draft "beta"',
      'stories/beta.html: the page of the draft "beta"'
    ]);
    expect(draftMentions(site, [])).toEqual([]);
  });

  it("are told apart by their story route: a ward page or a longer story's link is not the draft", () => {
    const site = join(dir, "site-ward");
    mkdirSync(join(site, "wards"), {recursive: true});
    mkdirSync(join(site, "stories"), {recursive: true});
    writeFileSync(join(site, "wards", "blakenall.html"), '<a href="../stories/blakenall-north">Blakenall North</a>');
    writeFileSync(join(site, "wards", "index.html"), '<a href="./blakenall">Blakenall</a>');
    writeFileSync(join(site, "search.json"), '{"wards": [["Blakenall", "blakenall", 5]]}');
    writeFileSync(join(site, "stories", "blakenall-north.html"), "");
    expect(draftMentions(site, ["blakenall"])).toEqual([]);
    writeFileSync(join(site, "stories", "blakenall.html"), "");
    expect(draftMentions(site, ["blakenall"])).toEqual(['stories/blakenall.html: the page of the draft "blakenall"']);
    writeFileSync(join(site, "index.html"), '<a href="./stories/blakenall">Blakenall</a>');
    expect(draftMentions(site, ["blakenall"])).toEqual([
      'index.html: mentions the draft "blakenall"',
      'stories/blakenall.html: the page of the draft "blakenall"'
    ]);
  });
});
