// The editors' workflow (workflow.ts): from npm run new-story to a built site that has the published
// story and not the draft. npm test runs it on fixture sources (fixture.test.ts); the full sweep on
// the real sources (editors-real.test.ts).
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {stripVTControlCharacters} from "node:util";
import {beforeAll, describe, expect, it} from "vitest";
import {draftMentions} from "../../src/lib/check/drafts.js";
import {listFiles} from "../../src/lib/util/files.js";
import {DRAFT, STORY, type WorkflowCase, type WorkflowResult} from "./workflow.js";

const draftYaml = `content/stories/${DRAFT.slug}/story.yaml`;

/** The workflow's tests; `workflow` gives its result once the file's beforeAll has run it. */
export function describeEditorsWorkflow(c: Pick<WorkflowCase, "label" | "places">, workflow: () => WorkflowResult) {
  describe(`editors' workflow from new-story to a built site (${c.label})`, () => {
    let w: WorkflowResult;
    let dist: string;
    let typoMessage: string;
    beforeAll(() => {
      w = workflow();
      dist = join(w.project, "dist");
      typoMessage =
        `${draftYaml}:${w.typo.line}: "${w.typo.code}" is not a ward (May 2025) in the seven boroughs` +
        ` — did you mean ${w.case.draft.code}?`;
    });

    it("new-story makes both stories from flags, the ward's name resolved to its code", () => {
      expect(w.draft.status, w.draft.stderr).toBe(0);
      expect(w.made.status, w.made.stderr).toBe(0);
      expect(w.draftYaml).toContain(`    - ${w.case.draft.code} # ${w.case.draft.ward}\n`);
    });

    it("npm run check lists the error, on the line of the mistyped code, and exits non-zero", () => {
      expect(w.typo.line).toBeGreaterThan(1);
      expect(w.brokenCheck.status).toBe(1);
      // Warnings about other stories (on the real content, an area wider than the place it names)
      // may come before the summary; the one error is the typo.
      const lines = w.brokenCheck.stderr.trim().split("\n");
      expect(lines.filter((line) => !/: warning: /.test(line))).toEqual([
        typoMessage,
        expect.stringMatching(
          /^Content check: 1 error, \d+ warnings?\. Fix the errors above, then run npm run check again\.$/
        )
      ]);
    });

    it("a content error stops the build with its file:line message and writes no dist/", () => {
      expect(w.broken.status).toBe(1);
      expect(w.broken.stdout).toContain(typoMessage);
      expect(w.broken.stderr).toContain("Build failed: the content check found an error, listed above");
      expect(w.distAfterError).toBe(false);
    });

    it("the check passes once the code is fixed", () => {
      expect(w.check.status, w.check.stdout + w.check.stderr).toBe(0);
    });

    it("the build publishes the new story with its voice and chart", () => {
      expect(w.build.status, w.build.stdout + w.build.stderr).toBe(0);
      const html = readFileSync(join(dist, "stories", `${STORY.slug}.html`), "utf8");
      expect(html).toContain("Test voice, written for this test only.");
      expect(html).toContain('data-local-chart="sessions"');
      expect(html).toContain("Sessions is highest for October (6 sessions) and lowest for September (4).");
    });

    // Issue 14, defect 5: a build printed about 1,400 lines, Framework's line for every file among them.
    it("prints a short summary: every step's detail is in .build/build.log, Framework's lines in its own log", () => {
      // Colour codes out: Framework colours its lines wherever CI is set (picocolors).
      const plain = stripVTControlCharacters;
      const printed = plain(`${w.build.stdout}\n${w.build.stderr}`);
      const perFile = /^(?:copy|render|load) \S+ .*\u2192/m;
      expect(printed).not.toMatch(perFile);
      const build = join(w.project, ".build");
      const log = readFileSync(join(build, "build.log"), "utf8");
      const steps = printed.split("\n").filter((line) => line.startsWith("[build "));
      expect(steps.length).toBeGreaterThan(3);
      // Each step's line is in the log too, with its own time.
      for (const line of steps) expect(log).toContain(line.replace(/^\[build [\d.]+ s\] /, ""));
      const framework = readdirSync(build).filter((f) => /^framework-\d+-of-\d+\.log$/.test(f));
      expect(framework.length).toBeGreaterThan(0);
      expect(plain(framework.map((f) => readFileSync(join(build, f), "utf8")).join("\n"))).toMatch(perFile);
    });

    it.runIf(c.places)("draws the story's named places on its area map, with their sources in a table", () => {
      const html = readFileSync(join(dist, "stories", `${STORY.slug}.html`), "utf8");
      const start = html.indexOf('id="figure-area-title"');
      expect(start).toBeGreaterThan(0);
      const area = html.slice(start, html.indexOf("</figure>", start));
      for (const name of ["Fixture Park", "Fixture Estate"])
        expect(area).toMatch(new RegExp(`<text[^>]*>${name}</text>`));
      expect(area).toContain("The map marks two named places: Fixture Park and Fixture Estate.");
      expect(area).toContain("<caption>Named places on the map</caption>");
      expect(area).toContain("Fixture parks register (2026), page 2");
      expect(area).toContain("Point at 52.4050° N, 1.8950° W");
    });

    it("leaves the draft out of dist/ entirely", () => {
      expect(existsSync(join(dist, "stories", `${DRAFT.slug}.html`))).toBe(false);
      expect(draftMentions(dist, [DRAFT.slug])).toEqual([]);
      const text = listFiles(dist)
        .filter((f) => /\.(html|js|json)$/.test(f))
        .map((f) => readFileSync(join(dist, f), "utf8"));
      expect(text.some((t) => t.includes(DRAFT.name))).toBe(false);
      expect(text.some((t) => t.includes(STORY.name))).toBe(true);
    });
  });
}
