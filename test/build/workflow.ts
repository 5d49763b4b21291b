// The editors' workflow end to end, in a copy of the project: npm run new-story makes a draft and a
// story that the editor then writes and publishes with a voice and a local chart (and a copy of it
// whose title is markup, which must stay text); a typo in the draft's ward code fails the check and
// the build (leaving no dist/); once fixed, the check passes and the build publishes the stories
// and leaves the draft out. Run once per test run: on fixture sources by fixture.test.ts, on the
// real ones by the full sweep's globalSetup (setup-real.ts); the tests read its results and built site.
import {spawn} from "node:child_process";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {TestProject} from "vitest/node";
import {copyProject} from "./project.js";

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface WorkflowCase {
  /** What the tests report the case as ("fixture sources", "real sources"). */
  label: string;
  sources: string;
  /** Copy the real stories from content/ into the project too. */
  realContent: boolean;
  /** The draft's ward, by name (new-story resolves it), and the code it should resolve to. */
  draft: {borough: string; ward: string; code: string};
  /** The story that is written and published. */
  story: {borough: string; ward: string};
  /** places.yaml of the published story, when the case has places whose location it knows. */
  places?: string;
}

export const DRAFT = {name: "Editors Draft Place", slug: "editors-draft-place"};
export const STORY = {name: "Editors Test Place", slug: "editors-test-place"};
/** A copy of the published story whose title tries to close a <noscript> and run a script (issue 11). */
export const HOSTILE = {title: "T </noscript><script>alert(1)</script>", slug: "hostile-title"};

declare module "vitest" {
  export interface ProvidedContext {
    editorsWorkflow: WorkflowResult;
  }
}

export interface WorkflowResult {
  case: WorkflowCase;
  project: string;
  draft: Run;
  made: Run;
  /** The draft's story.yaml as new-story wrote it. */
  draftYaml: string;
  /** The mistyped ward code and the line of story.yaml it was on. */
  typo: {code: string; line: number};
  brokenCheck: Run;
  broken: Run;
  distAfterError: boolean;
  check: Run;
  build: Run;
}

/** A typo an editor makes: the letter O for the last zero of a code. */
export function mistype(code: string): string {
  const i = code.lastIndexOf("0");
  return `${code.slice(0, i)}O${code.slice(i + 1)}`;
}

/**
 * Runs a script of the project copy with tsx, asynchronously so vitest stays responsive. stdin is
 * not a terminal, as in CI: new-story must take everything from flags. WM_INCLUDE_DRAFTS is set
 * as if the editor's shell had it: the build must ignore it.
 */
function runner(project: string, sources: string) {
  return (script: string, ...args: string[]) =>
    new Promise<Run>((resolve) => {
      const env = {
        ...process.env,
        WM_SOURCES_DIR: sources,
        WM_INCLUDE_DRAFTS: "true",
        WM_DIST_DIR: undefined,
        WM_BASE_PATH: undefined,
        WM_SITE_URL: undefined
      };
      const child = spawn(join(project, "node_modules", ".bin", "tsx"), [script, ...args], {
        cwd: project,
        stdio: ["ignore", "pipe", "pipe"],
        env
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (status) => resolve({status, stdout, stderr}));
    });
}

export async function runEditorsWorkflow(project: string, c: WorkflowCase): Promise<WorkflowResult> {
  copyProject(project, {content: c.realContent});
  const run = runner(project, c.sources);
  const file = (slug: string, name: string) => join(project, "content", "stories", slug, name);

  // Steps that do not depend on each other run side by side: the setup is on the critical path of
  // npm test, which runs no test before it.
  const newStory = (story: {name: string}, place: {borough: string; ward: string}) =>
    run("scripts/new-story.ts", "--name", story.name, "--borough", place.borough, "--wards", place.ward);
  const [draft, made] = await Promise.all([newStory(DRAFT, c.draft), newStory(STORY, c.story)]);
  if (draft.status !== 0 || made.status !== 0)
    throw new Error(`npm run new-story failed (${c.label}):\n${draft.stderr}\n${made.stderr}`);
  const draftYaml = readFileSync(file(DRAFT.slug, "story.yaml"), "utf8");

  // The editor writes every TODO, adds a voice and a chart, and publishes.
  for (const name of ["story.yaml", "steps.md", "activities.yaml"]) {
    const text = readFileSync(file(STORY.slug, name), "utf8").replace(
      /TODO: ([^"\n]*)/g,
      "Written by the test editor: $1"
    );
    writeFileSync(file(STORY.slug, name), text.replace("status: draft", "status: published"));
  }
  const steps = readFileSync(file(STORY.slug, "steps.md"), "utf8");
  writeFileSync(
    file(STORY.slug, "steps.md"),
    steps.replace("shows: activities\n", "shows: activities\n\nchart: sessions\n")
  );
  writeFileSync(
    file(STORY.slug, "voices.yaml"),
    [
      "voices:",
      "  - text: Test voice, written for this test only.",
      "    speaker: test resident",
      "    theme: testing",
      "    collected: 2026-11-01",
      "    method: test",
      "    consent: given",
      "    consent_date: 2026-11-01",
      ""
    ].join("\n")
  );
  if (c.places) writeFileSync(file(STORY.slug, "places.yaml"), c.places);
  mkdirSync(file(STORY.slug, "charts"));
  writeFileSync(
    file(STORY.slug, "charts/sessions.yaml"),
    [
      "title: Test sessions",
      "type: bar",
      "x: month",
      "y: sessions",
      "units: sessions",
      "source: Test data written by test/build/workflow.ts",
      ""
    ].join("\n")
  );
  writeFileSync(file(STORY.slug, "charts/sessions.csv"), "month,sessions\nSeptember,4\nOctober,6\n");
  cpSync(join(project, "content", "stories", STORY.slug), join(project, "content", "stories", HOSTILE.slug), {
    recursive: true
  });
  const hostileYaml = readFileSync(file(HOSTILE.slug, "story.yaml"), "utf8").replace(
    /^title: .*$/m,
    `title: ${JSON.stringify(HOSTILE.title)}`
  );
  writeFileSync(file(HOSTILE.slug, "story.yaml"), hostileYaml);

  // A content error stops the build before Framework runs, listing the problem.
  const typo = {
    code: mistype(c.draft.code),
    line: draftYaml.split("\n").findIndex((l) => l.includes(c.draft.code)) + 1
  };
  writeFileSync(file(DRAFT.slug, "story.yaml"), draftYaml.replace(c.draft.code, typo.code));
  const [brokenCheck, broken] = await Promise.all([run("scripts/check.ts"), run("scripts/build.ts")]);
  const distAfterError = existsSync(join(project, "dist"));
  writeFileSync(file(DRAFT.slug, "story.yaml"), draftYaml);
  const [check, build] = await Promise.all([run("scripts/check.ts"), run("scripts/build.ts")]);
  return {case: c, project, draft, made, draftYaml, typo, brokenCheck, broken, distAfterError, check, build};
}

/** Runs the workflow in `work`, a fresh temporary folder (`c`'s sources may be in it), and logs how long it took. */
export async function runWorkflowIn(work: string, c: WorkflowCase): Promise<WorkflowResult> {
  const started = performance.now();
  const result = await runEditorsWorkflow(join(work, "project"), c);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`[build tests] the editors' workflow on ${c.label}, with its build, took ${seconds} s`);
  return result;
}

/**
 * A globalSetup's body: runs the workflow in a fresh temporary folder (`makeCase` may write the
 * sources there), gives the result to the tests, and returns the teardown that removes the folder.
 */
export async function provideWorkflow(
  project: TestProject,
  makeCase: (work: string) => WorkflowCase
): Promise<() => void> {
  const work = mkdtempSync(join(tmpdir(), "wm-editors-"));
  project.provide("editorsWorkflow", await runWorkflowIn(work, makeCase(work)));
  return () => rmSync(work, {recursive: true, force: true});
}
