// The editors' workflow end to end, in a copy of the project with the real sources and content:
// npm run new-story makes a draft and a story that is then written and published with a voice
// and a local chart; the check passes; the build publishes the story and leaves the draft out.
import {spawn} from "node:child_process";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {draftMentions} from "../../src/lib/check/drafts.js";
import {listFiles} from "../../src/lib/util/files.js";

const root = join(import.meta.dirname, "..", "..");
const sources = join(root, "..", "shared", "data", "sources");

describe.skipIf(!existsSync(sources))("editors' workflow from new-story to a built site", () => {
  let project: string;
  // Asynchronous, so the test worker stays responsive during the build. stdin is not a terminal,
  // as in CI: new-story must then take everything from flags. WM_INCLUDE_DRAFTS is set as if the
  // editor's shell had it: the build must ignore it.
  const run = (script: string, ...args: string[]) =>
    new Promise<{status: number | null; stdout: string; stderr: string}>((resolve) => {
      const child = spawn(join(project, "node_modules", ".bin", "tsx"), [script, ...args], {cwd: project, stdio: ["ignore", "pipe", "pipe"], env: {...process.env, WM_SOURCES_DIR: sources, WM_INCLUDE_DRAFTS: "true"}});
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (status) => resolve({status, stdout, stderr}));
    });
  const story = (slug: string, file: string) => join(project, "content", "stories", slug, file);
  let draft: Awaited<ReturnType<typeof run>>;
  let made: Awaited<ReturnType<typeof run>>;
  let broken: Awaited<ReturnType<typeof run>>;
  let brokenCheck: Awaited<ReturnType<typeof run>>;
  let check: Awaited<ReturnType<typeof run>>;
  let build: Awaited<ReturnType<typeof run>>;
  let distAfterError: boolean;

  beforeAll(async () => {
    project = join(mkdtempSync(join(tmpdir(), "wm-editors-")), "project");
    for (const entry of ["src", "scripts", "config", "content", "observablehq.config.ts", "package.json", "tsconfig.json"]) {
      cpSync(join(root, entry), join(project, entry), {recursive: true, filter: (s) => !s.includes(join(".observablehq", "cache", "stories"))});
    }
    symlinkSync(join(root, "node_modules"), join(project, "node_modules"));
    draft = await run("scripts/new-story.ts", "--name", "Editors Draft Place", "--borough", "Coventry", "--wards", "St Michael's");
    made = await run("scripts/new-story.ts", "--name", "Editors Test Place", "--borough", "Wolverhampton", "--wards", "Heath Town");
    // The editor writes every TODO, adds a voice and a chart, and publishes.
    for (const file of ["story.yaml", "steps.md", "activities.yaml"]) {
      const text = readFileSync(story("editors-test-place", file), "utf8").replace(/TODO: ([^"\n]*)/g, "Written by the test editor: $1");
      writeFileSync(story("editors-test-place", file), text.replace("status: draft", "status: published"));
    }
    const steps = readFileSync(story("editors-test-place", "steps.md"), "utf8");
    writeFileSync(story("editors-test-place", "steps.md"), steps.replace("shows: activities\n", "shows: activities\n\nchart: sessions\n"));
    writeFileSync(story("editors-test-place", "voices.yaml"), "voices:\n  - text: Test voice, written for this test only.\n    speaker: test resident\n    theme: testing\n    collected: 2026-11-01\n    method: test\n    consent: given\n    consent_date: 2026-11-01\n");
    mkdirSync(story("editors-test-place", "charts"));
    writeFileSync(story("editors-test-place", "charts/sessions.yaml"), "title: Test sessions\ntype: bar\nx: month\ny: sessions\nunits: sessions\nsource: Test data written by test/build/editors.test.ts\n");
    writeFileSync(story("editors-test-place", "charts/sessions.csv"), "month,sessions\nSeptember,4\nOctober,6\n");
    // A content error stops the build before Framework runs, listing the problem.
    const yaml = readFileSync(story("editors-draft-place", "story.yaml"), "utf8");
    writeFileSync(story("editors-draft-place", "story.yaml"), yaml.replace("E05001228", "E0500l228"));
    brokenCheck = await run("scripts/check.ts");
    broken = await run("scripts/build.ts");
    distAfterError = existsSync(join(project, "dist"));
    writeFileSync(story("editors-draft-place", "story.yaml"), yaml);
    check = await run("scripts/check.ts");
    build = await run("scripts/build.ts");
  });
  afterAll(() => rmSync(join(project, ".."), {recursive: true, force: true}));

  it("new-story makes both stories from flags, names resolved to codes", () => {
    expect(draft.status, draft.stderr).toBe(0);
    expect(made.status, made.stderr).toBe(0);
    expect(readFileSync(story("editors-draft-place", "story.yaml"), "utf8")).toContain("    - E05001228 # St Michael's\n");
  });

  it("npm run check lists the error and exits non-zero", () => {
    expect(brokenCheck.status).toBe(1);
    expect(brokenCheck.stderr.trim().split("\n")).toEqual([
      'content/stories/editors-draft-place/story.yaml:12: "E0500l228" is not a ward (May 2025) in the seven boroughs — did you mean E05001228?',
      "Content check: 1 error, 0 warnings. Fix the errors above, then run npm run check again."
    ]);
  });

  it("a content error stops the build with its file:line message", () => {
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('content/stories/editors-draft-place/story.yaml:12: "E0500l228" is not a ward (May 2025) in the seven boroughs — did you mean E05001228?');
    expect(broken.stderr).toContain("Build failed: the content check found an error, listed above");
    expect(distAfterError).toBe(false);
  });

  it("the check passes", () => {
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it("the build publishes the new story with its voice and chart", () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const html = readFileSync(join(project, "dist", "stories", "editors-test-place.html"), "utf8");
    expect(html).toContain("Test voice, written for this test only.");
    expect(html).toContain('data-local-chart="sessions"');
    expect(html).toContain("sessions is highest for October (6 sessions) and lowest for September (4).");
  });

  it("leaves the draft out of dist/ entirely", () => {
    const dist = join(project, "dist");
    expect(existsSync(join(dist, "stories", "editors-draft-place.html"))).toBe(false);
    expect(draftMentions(dist, ["editors-draft-place"])).toEqual([]);
    const text = listFiles(dist).filter((f) => /\.(html|js|json)$/.test(f)).map((f) => readFileSync(join(dist, f), "utf8"));
    expect(text.some((t) => t.includes("Editors Draft Place"))).toBe(false);
    expect(text.some((t) => t.includes("Editors Test Place"))).toBe(true);
  });
});
