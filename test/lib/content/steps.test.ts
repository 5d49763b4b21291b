import {describe, expect, it} from "vitest";
import {renderMarkdown} from "../../../src/lib/content/markdown.js";
import {parseSteps, REQUIRED_STATES, STEP_STATES, type Step} from "../../../src/lib/content/steps.js";
import {stepsMarkdown} from "../../fixtures/steps.js";

const fail = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error");
};
const code = (...lines: number[]) =>
  lines
    .map((l) => `s.md:${l}: code blocks are not allowed in the narrative — write plain paragraphs and lists`)
    .join("\n");
const NESTED = "put it on a line of its own at the left margin, with a blank line before it";
const SECOND = 'start a new section with a "## Heading" line above it';
const BEFORE = 'text before the first section — start the file with a "## Heading" line and its "shows:" line';

/** A step's narrative as text: each Markdown run as HTML, each chart as [chart name @ line]. */
const narrative = (step: Step) =>
  step.narrative.map((p) => (p.kind === "chart" ? `[chart ${p.name} @ ${p.line}]` : renderMarkdown(p.tokens).trim()));
const people = (markdown: string) => parseSteps("s.md", stepsMarkdown({people: markdown}))[2];

describe("parseSteps", () => {
  it("reads one step per section, in order, without the shows: line", () => {
    const steps = parseSteps("steps.md", stepsMarkdown());
    expect(steps.map((s) => s.shows)).toEqual(STEP_STATES.map((s) => s.state));
    expect(steps.map((s) => s.line)).toEqual(STEP_STATES.map((_, i) => 5 * i + 1));
    expect(steps[0]).toMatchObject({heading: "About region", line: 1});
    expect(narrative(steps[0])).toEqual(["<p>Some words.</p>"]);
  });

  it("says which line is wrong and how to fix it", () => {
    const all = stepsMarkdown();
    expect(fail(() => parseSteps("s.md", all.replace("shows: area", "shows: areas")))).toMatch(
      /^s\.md:7: "areas" is not a figure the story can show — use one of: region, area/
    );
    expect(fail(() => parseSteps("s.md", all.replace("shows: people\n", "")))).toBe(
      's.md:11: the section "About people" has no "shows:" line — ' +
        'add a line such as "shows: people" right under the heading'
    );
    expect(fail(() => parseSteps("s.md", "Intro\n" + all))).toMatch(/^s\.md:1: text before the first section/);
    expect(fail(() => parseSteps("s.md", stepsMarkdown({people: "```js\nalert(1)\n```\n"})))).toBe(code(15, 17));
  });

  it("names the missing required sections at the end of the file", () => {
    const text = stepsMarkdown().replace(/## About people\nshows: people\n\nSome words.\n\n/, "");
    expect(text.trimEnd().split("\n")).toHaveLength(49);
    expect(fail(() => parseSteps("s.md", text))).toBe(
      's.md:49: no section shows "people" — add a "## Heading" with "shows: people" and a few sentences: ' +
        "every story says where the place is, who lives there and its sources"
    );
  });

  it("lets the editor leave out the sections that are not required", () => {
    const optional = STEP_STATES.filter((s) => !REQUIRED_STATES.includes(s.state)).map((s) => s.state);
    let text = stepsMarkdown();
    for (const state of optional)
      text = text.replace(new RegExp(`## About ${state}\nshows: ${state}\n\nSome words.\n\n?`), "");
    expect(parseSteps("s.md", text).map((s) => s.shows)).toEqual(["region", "area", "people", "sources"]);
    expect(REQUIRED_STATES).toEqual(["region", "area", "people", "sources"]);
  });

  it("rejects a repeated, out-of-order or empty section", () => {
    const all = stepsMarkdown();
    const swapped = all
      .replace("shows: region", "shows: TMP")
      .replace("shows: area", "shows: region")
      .replace("shows: TMP", "shows: area");
    expect(fail(() => parseSteps("s.md", swapped))).toMatch(/^s\.md:6: the section showing "region" is out of order/);
    expect(fail(() => parseSteps("s.md", all.replace("shows: area", "shows: region")))).toMatch(
      /^s\.md:6: "shows: region" is used twice \(first at line 1\)/
    );
    expect(fail(() => parseSteps("s.md", all.replace("shows: area\n\nSome words.", "shows: area\n\n")))).toMatch(
      /^s\.md:6: the section "About area" has no text/
    );
  });

  it("reports every problem of the file at once", () => {
    const text =
      "<!-- an editor's note -->\n" +
      stepsMarkdown({region: "# Title\n", people: "```\ncode\n```\n", voices: "shows: area\n"});
    expect(fail(() => parseSteps("s.md", text.replace("shows: change", "shows: chnage")))).toBe(
      [
        "s.md:6: top-level headings (# …) are not used in steps.md — " +
          "the page title comes from story.yaml; start each section with ## …",
        code(17, 19),
        's.md:32: "chnage" is not a figure the story can show — use one of: ' +
          STEP_STATES.map((s) => s.state).join(", "),
        `s.md:50: a second "shows:" line in the section "About voices" — ${SECOND}`
      ].join("\n")
    );
  });

  it("takes the shows: line even with no blank line before the narrative", () => {
    expect(narrative(people(""))).toEqual(["<p>Some words.</p>"]);
    const steps = parseSteps("s.md", stepsMarkdown().replace("shows: people\n\n", "shows: people\n"));
    expect(narrative(steps[2])).toEqual(["<p>Some words.</p>"]);
  });

  it("places a chart where its line is, even right under a sentence, and keeps the narrative around it", () => {
    const step = people("More words.\nchart: visits\n\n- a list\n- of two\n");
    expect(narrative(step)).toEqual([
      "<p>Some words.\nMore words.</p>",
      "[chart visits @ 16]",
      "<ul>\n<li>a list</li>\n<li>of two</li>\n</ul>"
    ]);
  });

  it("reads only a line of its own with one word as a directive", () => {
    expect(narrative(people("\nchart: two words\n\nChart: visits\n"))).toEqual([
      "<p>Some words.</p>\n<p>chart: two words</p>\n<p>Chart: visits</p>"
    ]);
    expect(narrative(people("    chart: visits\n"))).toEqual(["<p>Some words.\nchart: visits</p>"]);
  });

  it("refuses a directive inside a list or a quote, a second shows: line and an indented code block", () => {
    expect(fail(() => parseSteps("s.md", stepsMarkdown({people: "- item\n\n  chart: visits\n"})))).toBe(
      `s.md:17: a "chart:" line cannot be inside a list or a quote — ${NESTED}`
    );
    expect(fail(() => parseSteps("s.md", stepsMarkdown({people: "> shows: people\n"})))).toMatch(
      /^s\.md:15: a "shows:" line cannot be inside a list or a quote/
    );
    expect(fail(() => parseSteps("s.md", stepsMarkdown({people: "\nshows: deprivation\n"})))).toBe(
      `s.md:16: a second "shows:" line in the section "About people" — ${SECOND}`
    );
    expect(fail(() => parseSteps("s.md", stepsMarkdown({people: "\n    indented\n"})))).toMatch(
      /^s\.md:16: an indented block is shown as code/
    );
  });

  it("does not read a heading inside a code block as a section", () => {
    const text = stepsMarkdown({people: "```\n## Not a section\nshows: crime\n```\n"});
    expect(fail(() => parseSteps("s.md", text))).toBe(code(15, 18));
    // An unclosed fence runs to the end of the file: only its opening line is a fence.
    expect(fail(() => parseSteps("s.md", stepsMarkdown() + "\n~~~\nnever closed\n"))).toBe(code(56));
  });

  it("keeps a heading's text as written, link and all; h3 headings are narrative", () => {
    const steps = parseSteps(
      "s.md",
      stepsMarkdown({people: "### A smaller heading\n"}).replace(
        "## About region",
        "## See [the map](/deprivation) *here*"
      )
    );
    expect(steps[0].heading).toBe("See [the map](/deprivation) *here*");
    expect(narrative(steps[2])).toEqual(["<p>Some words.</p>\n<h3>A smaller heading</h3>"]);
  });

  it("allows HTML comments, and nothing else, before the first section", () => {
    expect(
      parseSteps("s.md", "<!-- draft: check with the council -->\n<!-- second note -->\n\n" + stepsMarkdown())
    ).toHaveLength(11);
    expect(fail(() => parseSteps("s.md", "<!-- note -->\nIntro\n\n- and a list\n\n" + stepsMarkdown()))).toBe(
      `s.md:1: ${BEFORE}\ns.md:4: ${BEFORE}`
    );
  });

  it("reads Windows line endings", () => {
    expect(parseSteps("s.md", stepsMarkdown().replace(/\n/g, "\r\n")).map((s) => s.line)).toEqual(
      STEP_STATES.map((_, i) => 5 * i + 1)
    );
  });
});
