import {cpSync, mkdtempSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {formatLine, lsoaBoxes, storyLookup} from "../../../src/lib/check/project.js";
import {checkContent} from "../../../src/lib/check/run.js";
import {fixtureSources} from "../../fixtures/sources.js";

const project = join(import.meta.dirname, "..", "..", "..");
const fixtures = join(project, "test", "fixtures", "content");
const lookup = storyLookup(fixtureSources());
const boxes = lsoaBoxes(fixtureSources());
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, {recursive: true, force: true})));

/**
 * The valid tree with one broken fixture's files (or another fixture's, from `folder`) laid over it,
 * checked as of 2026-11-21.
 */
function check(broken?: string, today = "2026-11-21", folder = "broken"): string[] {
  const root = mkdtempSync(join(tmpdir(), "wm-check-"));
  dirs.push(root);
  cpSync(join(fixtures, "valid"), join(root, "content"), {recursive: true});
  if (broken) cpSync(join(fixtures, folder, broken), join(root, "content"), {recursive: true});
  return checkContent({
    root,
    contentDir: join(root, "content"),
    srcDir: join(project, "src"),
    lookup,
    lsoaBoxes: boxes,
    today
  }).list.map(formatLine);
}

/**
 * Each folder in test/fixtures/content/broken breaks one rule (or, for "many", several at once)
 * and must produce exactly these messages, every problem in one run, sorted by file and line.
 */
const EXPECTED: Record<string, string[]> = {
  "absurd-lengths": [
    'content/stories/alpha/steps.md:6: warning: the heading "A closer look at the streets, …" is 135 characters ' +
      "long, more than 100 — keep a heading to a few words; put the rest in the section's text",
    "content/stories/alpha/story.yaml:1: warning: the title is 143 characters long, more than 100 — " +
      "a title names the place in a few words; put the rest in the subtitle or the steps",
    "content/stories/alpha/story.yaml:2: warning: the subtitle is 216 characters long, more than 200 — " +
      "keep it to one line under the title; put the rest in the steps",
    "content/stories/alpha/voices.yaml:2: warning: voice 1: the text is 1,529 characters long, more than 1,500 — " +
      "quote the part of what the person said that matters, not a whole conversation"
  ],
  "area-elsewhere": [
    "content/stories/alpha/story.yaml:11: the ward South & East (E05000002) is in Coventry, but the story's " +
      "borough is Birmingham — use wards and LSOAs in Birmingham, or correct the borough",
    "content/stories/alpha/story.yaml:13: the LSOA E01000004 is in Coventry, but the story's borough is " +
      "Birmingham — use wards and LSOAs in Birmingham, or correct the borough"
  ],
  "borough-mismatch": [
    "content/stories/alpha/story.yaml:10: the ward North Ward (E05000001) is in Birmingham, but the story's " +
      "borough is Coventry — use wards and LSOAs in Coventry, or correct the borough"
  ],
  "broken-link": [
    "content/stories/alpha/steps.md:9: the link to /sauces goes to a page that does not exist — " +
      "link to a page of this site such as /deprivation or /stories/<slug>, or to a full https:// address"
  ],
  "chart-columns": [
    'content/stories/alpha/charts/visits.csv:1: the CSV has no column "visits", ' +
      "which content/stories/alpha/charts/visits.yaml names as y — " +
      "the columns are: year, count; rename the column or change y:"
  ],
  "chart-no-spec": [
    "content/stories/alpha/charts/bus.csv: this CSV has no chart spec — " +
      "add charts/bus.yaml saying how to draw it (see docs/editors.md, section Local charts)"
  ],
  "chart-not-number": [
    'content/stories/alpha/charts/visits.csv:3: "about 150" in column "visits" is not a number — ' +
      "write numbers only (no units or % signs); leave no cell empty"
  ],
  // The hosted CMS publishes a new story's story.yaml first (each file is a pull request), as a draft.
  "draft-without-steps": [
    "content/stories/delta/steps.md: warning: the draft has no steps.md yet — " +
      "write its steps before publishing it (in the CMS: Steps, then pick this story)"
  ],
  "duplicate-slug": [
    'content/stories/Alpha/story.yaml: folder name "Alpha" cannot be a web address — ' +
      "rename the folder using lowercase letters, digits and hyphens",
    'content/stories/alpha/story.yaml: the slug "alpha" is already used by content/stories/Alpha — ' +
      "each story needs its own web address: rename one of the two folders"
  ],
  "duplicate-title": [
    'content/stories/beta/story.yaml:1: warning: content/stories/alpha has the same title, "Alpha" — ' +
      "give each story its own title so readers can tell them apart"
  ],
  "every-item": [
    'content/stories/alpha/activities.yaml:10: activity 3: link "http://example.org" is not a web address — ' +
      "use a full https:// address or leave the link out",
    "content/stories/alpha/voices.yaml:2: voice 1 has no consent — " +
      "record consent as given, with consent_date, before publishing; otherwise remove the voice",
    "content/stories/alpha/voices.yaml:14: voice 2: consent has been withdrawn — " +
      "delete this voice from voices.yaml now",
    'content/stories/alpha/voices.yaml:17: voice 3 has no consent_date — add "consent_date:" to the voice'
  ],
  "future-review": [
    "content/stories/alpha/story.yaml:5: last_reviewed 2027-01-01 is in the future — " +
      "use the date the story was last checked, e.g. 2026-11-21"
  ],
  "image-alt": [
    "content/stories/alpha/steps.md:11: the image images/garden.png has no alt text — " +
      "describe what it shows for readers who cannot see it: " +
      "![A mural on the community centre wall](images/garden.png)"
  ],
  "image-missing": [
    "content/stories/alpha/steps.md:11: the image images/gardn.png does not exist — " +
      "add the file to content/stories/alpha/images/ or correct the name",
    "content/stories/alpha/steps.md:18: the image https://example.org/map.png is on another website — " +
      "save it in the story's images/ folder (with permission) and write ![alt text](images/<file>)",
    "content/stories/alpha/steps.md:20: the image images/diagram.svg is not a JPEG, PNG, WebP or GIF file — " +
      "save it in one of those formats (photos as .jpg)"
  ],
  "invalid-date": [
    'content/stories/alpha/story.yaml:5: "2026-02-30" is not a valid date — ' +
      "write the date as YYYY-MM-DD, e.g. 2026-11-21"
  ],
  "invalid-yaml": [
    "content/stories/alpha/story.yaml:1: this line's value holds a colon, or the line is indented differently " +
      'from the lines around it — put text that holds a colon in quotes: title: "Heath Town: a story"; otherwise ' +
      "line the field up with the others at its level, using spaces (two per level)"
  ],
  "link-to-draft": [
    "content/stories/alpha/steps.md:9: the link to /stories/beta goes to a draft story, which is not published — " +
      "remove the link until that story is published"
  ],
  "link-syntax": [
    'content/stories/alpha/steps.md:9: "[deprivation map(/deprivation)" is not a link: a bracket is missing or ' +
      "misplaced, so readers would see it as written — write a link as [the words to click](/address), with no " +
      "space between ] and (",
    "content/stories/alpha/steps.md:9: the link to http://example.org/page is not secure (http://) — " +
      "use the site's https:// address; if it has none, leave the link out"
  ],
  "lsoa-code-typo": [
    'content/stories/alpha/story.yaml:11: "E0100003" is not an LSOA (2021) in the seven boroughs — ' +
      "did you mean E01000003?"
  ],
  "place-format": [
    "content/stories/alpha/places.yaml:2: place 1 has no source — say where its location is known from " +
      "(publisher, document, year, page); never add a place from memory",
    "content/stories/alpha/places.yaml:4: place 2 has both a point and LSOAs — keep one of them: the one its " +
      "source gives",
    'content/stories/alpha/places.yaml:9: place 3: "E0100001" is not an LSOA code — LSOA (2021) codes are E01 ' +
      "and six digits",
    'content/stories/alpha/places.yaml:10: place 3: kind "pub" is not one of the kinds — use one of: estate, ' +
      "park, school, community centre, other"
  ],
  "place-locations": [
    'content/stories/alpha/places.yaml:3: place 1 ("Far Park") is outside the seven boroughs (latitude ' +
      "52.400 to 52.420, longitude -1.900 to -1.880) — copy the point's latitude and longitude again from its " +
      "source (WGS84 decimal degrees)",
    'content/stories/alpha/places.yaml:6: place 2 ("Swapped School") is outside the seven boroughs (latitude ' +
      "52.400 to 52.420, longitude -1.900 to -1.880); lat and lon look swapped — copy the point's latitude and " +
      "longitude again from its source (WGS84 decimal degrees)",
    'content/stories/alpha/places.yaml:9: place 3 ("Typo Estate"): "E01000020" is not an LSOA (2021) in the ' +
      "seven boroughs — did you mean E01000001?",
    'content/stories/alpha/places.yaml:12: place 4 ("Next Door Estate"): E01000004 is an LSOA but not in the ' +
      "story's area — list only LSOAs the maps show (the area's LSOAs are E01000001, E01000002, E01000003), " +
      "or give the place as a point",
    'content/stories/beta/places.yaml:3: place 1 ("North Park") is outside the story\'s maps, which show ' +
      "latitude 52.410 to 52.420, longitude -1.890 to -1.880 — check the point against its source; a place " +
      "beyond the area's wards cannot be shown on its maps"
  ],
  many: [
    'content/stories/alpha/charts/visits.yaml:2: chart type "pie" is not known — use one of: line, bar, dot',
    "content/stories/alpha/steps.md:9: the link to /sauces goes to a page that does not exist — " +
      "link to a page of this site such as /deprivation or /stories/<slug>, or to a full https:// address",
    "content/stories/alpha/steps.md:11: the image images/garden.png has no alt text — " +
      "describe what it shows for readers who cannot see it: " +
      "![A mural on the community centre wall](images/garden.png)",
    'content/stories/alpha/steps.md:38: there is no chart "vistis" — ' +
      "add charts/vistis.yaml and charts/vistis.csv, or use one of: visits",
    'content/stories/alpha/story.yaml:1: unknown field "titel" — did you mean "title"?',
    'content/stories/alpha/story.yaml:1: required field "title" is missing — add a line "title: …"',
    'content/stories/alpha/story.yaml:3: "Brum" is not one of the seven boroughs — ' +
      "use one of: Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall, Wolverhampton",
    'content/stories/alpha/story.yaml:5: "01/06/2026" is not a valid date — ' +
      "write the date as YYYY-MM-DD, e.g. 2026-11-21",
    'content/stories/alpha/story.yaml:10: "E05000011" is not a ward (May 2025) in the seven boroughs — ' +
      "did you mean E05000001?"
  ],
  "missing-field": ['content/stories/alpha/story.yaml:1: required field "title" is missing — add a line "title: …"'],
  placeholder: [
    'content/stories/alpha/activities.yaml:3: "TODO" text is left in a published story — ' +
      "write the real text, or keep status: draft until it is ready"
  ],
  // A story that shows voices needs voices.yaml; it has no activities section, so no activities.yaml.
  "section-file-missing": [
    'content/stories/gamma/steps.md:16: the section "What residents say" (shows: voices) needs voices.yaml, ' +
      'which is missing — create content/stories/gamma/voices.yaml with the single line "voices: []" until ' +
      "consented voices are collected; or remove the section"
  ],
  "stale-review": [
    "content/stories/alpha/story.yaml:5: warning: the story was last reviewed on 2025-10-31, " +
      "more than 12 months ago — check every step, voice and activity is still accurate, " +
      "then set last_reviewed to the date you checked"
  ],
  "steps-several": [
    "content/stories/alpha/steps.md:32: code blocks are not allowed in the narrative — " +
      "write plain paragraphs and lists",
    "content/stories/alpha/steps.md:34: code blocks are not allowed in the narrative — " +
      "write plain paragraphs and lists",
    'content/stories/alpha/steps.md:44: "boro" is not a figure the story can show — ' +
      "use one of: region, area, people, deprivation, domains, change, crime, borough, voices, activities, sources"
  ],
  "unknown-field": [
    'content/stories/alpha/story.yaml:2: unknown field "sumary" — ' +
      "use one of: title, subtitle, borough, status, last_reviewed, authors, area, sources, police_trend_types"
  ],
  "unknown-file": [
    "content/stories/alpha/voice.yaml: warning: this file is not part of the story format and is ignored — " +
      "did you mean voices.yaml? Rename it"
  ],
  "voice-consent": [
    "content/stories/alpha/voices.yaml:2: voice 1 has no consent — " +
      "record consent as given, with consent_date, before publishing; otherwise remove the voice"
  ],
  "voice-date": [
    'content/stories/alpha/voices.yaml:8: voice 1: consent_date "2026-13-10" is not a date — write it as YYYY-MM-DD'
  ],
  "voice-withdrawn": [
    "content/stories/alpha/voices.yaml:7: voice 1: consent has been withdrawn — delete this voice from voices.yaml now"
  ],
  "ward-name-typo": [
    'content/stories/alpha/story.yaml:10: "Nroth Ward" is not a ward (May 2025) in the seven boroughs — ' +
      "did you mean North Ward? Write its code: E05000001"
  ],
  "yaml-bomb": [
    "content/stories/alpha/voices.yaml:4: the file's aliases (*name) repeat other aliases so many times " +
      "that it is too big to read — write the values out in full instead of using & anchors and * aliases"
  ],
  "ward-code-typo": [
    'content/stories/alpha/story.yaml:10: "E05000011" is not a ward (May 2025) in the seven boroughs — ' +
      "did you mean E05000001?"
  ]
};

describe("checkContent", () => {
  it("finds no problem in the valid fixture (a published story and a draft with TODOs)", () => {
    expect(check()).toEqual([]);
  });

  it("has an expectation for every broken fixture", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(readdirSync(join(fixtures, "broken")).sort());
  });

  for (const [rule, messages] of Object.entries(EXPECTED)) {
    it(`reports ${rule}`, () => {
      expect(check(rule)).toEqual(messages);
    });
  }

  it("passes a story with only the sections it needs, and neither voices.yaml nor activities.yaml", () => {
    expect(check("sections-chosen", undefined, ".")).toEqual([]);
  });

  it("warns only after 12 months without review", () => {
    expect(check("stale-review", "2026-10-31")).toEqual([]);
  });
});
