// The CMS end to end, offline: Decap CMS in Chromium, saving through decap-server (npm run edit's
// local backend) into a temporary copy of the project with fixture sources. An editor creates a
// story for a ward, its steps, two consented voices and an activity; a voice without consent cannot
// be saved; one voice is withdrawn; then npm run check passes and one build publishes the story
// with the kept voice and without the withdrawn one.
import {spawn, type ChildProcess} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import type {AddressInfo} from "node:net";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {adminFiles} from "../../src/lib/cms/admin.js";
import {cmsChoices} from "../../src/lib/cms/choices.js";
import {cmsPackageFile} from "../../src/lib/cms/install.js";
import {localBackend} from "../../src/lib/cms/options.js";
import {adminFront, freePort} from "../../src/lib/cms/server.js";
import {STEP_STATES} from "../../src/lib/content/steps.js";
import {CHROMIUM, launch} from "../../src/lib/publish/browser.js";
import {Sources} from "../../src/lib/sources/index.js";
import {copyProject} from "../build/project.js";
import {writeFixture} from "../fixtures/sources.js";

const STORY = {title: "Cms Test Place", slug: "cms-test-place", ward: "North Ward", borough: "Birmingham"};
const KEPT = "The park feels safer since the lights went in.";
const WITHDRAWN = "The youth club is the best thing on the estate.";

let work: string;
let project: string;
let server: ReturnType<typeof adminFront>;
let decap: ChildProcess;
let browser: Browser;
let page: Page;
let admin: string;

function run(script: string): Promise<{status: number | null; output: string}> {
  return new Promise((resolve) => {
    const child = spawn(join(project, "node_modules", ".bin", "tsx"), [script], {
      cwd: project,
      env: {
        ...process.env,
        WM_SOURCES_DIR: join(work, "sources"),
        WM_DIST_DIR: undefined,
        WM_INCLUDE_DRAFTS: undefined
      },
      stdio: ["ignore", "pipe", "pipe"]
    });
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    child.on("close", (status) => resolve({status, output}));
  });
}

const file = (name: string) => join(project, "content", "stories", STORY.slug, name);
const field = (name: string) => page.locator(`[id^="${name}-field-"]`);

/** Picks an option of a select (react-select) by typing part of its label. */
async function choose(name: string, text: string, nth = 0) {
  const input = field(name).nth(nth);
  await input.fill(text);
  await page.locator('[class*="option"]', {hasText: text}).first().click();
}

/** Picks the test's story as the one a new steps, voices or activities entry belongs to. */
const pickStory = () => field("path").selectOption({label: `${STORY.title} (${STORY.slug})`});

/** Opens a new entry of a collection, or an entry by its path, in a fresh page load (after a save the
 * CMS moves to the saved entry's address, which a change of the hash alone could race). */
async function open(collection: string, path?: string) {
  await page.goto("about:blank");
  await page.goto(`${admin}#/collections/${collection}/${path ? `entries/${path}` : "new"}`);
  await page.getByRole("button", {name: "Publish"}).first().waitFor();
}

/** Publishes the entry; resolves once it is saved, or with the validation errors shown instead. */
async function publish(): Promise<void> {
  await page.getByRole("button", {name: "Publish"}).first().click();
  await page.getByRole("menuitem", {name: "Publish now"}).click();
}

/** The text of a story file, or "" while it does not exist. */
const read = (name: string) => (existsSync(file(name)) ? readFileSync(file(name), "utf8") : "");

/** Waits until the backend has written `name` with `text` in it (the CMS saved it), and returns it. */
async function saved(name: string, text: string): Promise<string> {
  await expect.poll(() => read(name)).toContain(text);
  return read(name);
}

// It needs no built site; in CI a missing Chromium fails the test instead of skipping it.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)("the CMS, through its local backend", () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "wm-cms-"));
    project = join(work, "project");
    writeFixture(join(work, "sources"));
    copyProject(project, {content: false});
    const port = await freePort();
    const backend = localBackend(port);
    decap = spawn(process.execPath, [cmsPackageFile("decap-server/dist/index.js")], {
      env: {...process.env, PORT: String(port), BIND_HOST: "127.0.0.1", MODE: "fs", GIT_REPO_DIRECTORY: project},
      stdio: "ignore"
    });
    server = adminFront(adminFiles(backend, () => cmsChoices(new Sources(join(work, "sources")))));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    admin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin/`;
    browser = await launch();
    page = await browser.newPage();
    if (process.env.WM_CMS_DEBUG) page.setDefaultTimeout(15_000);
    await page.goto(admin);
    await page.getByRole("button", {name: "Login"}).click();
    await page.getByText("Collections").first().waitFor();
  });

  afterAll(async () => {
    if (process.env.WM_CMS_DEBUG) {
      (await import("node:fs")).writeFileSync("/tmp/cmsx/last.html", await page.content());
      await page.screenshot({path: "/tmp/cmsx/last.png", fullPage: true});
    }
    await browser?.close();
    decap?.kill();
    server?.close();
    if (!process.env.WM_CMS_DEBUG) rmSync(work, {recursive: true, force: true});
  });

  it("creates a story for a ward by its name, with dates as dates", async () => {
    await open("stories");
    await field("title").fill(STORY.title);
    await field("path").fill(STORY.slug);
    await field("subtitle").fill("A story written in the CMS");
    await choose("borough", STORY.borough);
    await choose("status", "published");
    await field("last_reviewed").fill("2026-11-20");
    await choose("wards", STORY.ward);
    await field("explanation").fill("North Ward stands for the place in this test.");
    await publish();
    const yaml = await saved("story.yaml", STORY.title);
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/schemas\/story\.schema\.json$/m);
    // The ward is written as its code, picked by name; the date as a date.
    expect(yaml).toMatch(/wards:\n\s+- E05000001/);
    expect(yaml).toMatch(/last_reviewed: 2026-11-20/);
  });

  it("writes the steps, each with the figure it shows, in a story picked by its title", async () => {
    await open("steps");
    // Only the stories that exist are offered (the copy has no other), by title: no folder name is typed.
    await expect
      .poll(() => field("path").locator("option").allTextContents())
      .toEqual(["Choose the story", `${STORY.title} (${STORY.slug})`]);
    await pickStory();
    const bodies = page.locator('[data-slate-editor="true"]');
    await expect.poll(() => bodies.count()).toBe(STEP_STATES.length);
    for (let i = 0; i < STEP_STATES.length; i++) await bodies.nth(i).fill(`Step ${i + 1}, written in the CMS.`);
    await publish();
    const steps = await saved("steps.md", "Step 11");
    expect(steps).toContain("## Who lives here\nshows: people\n\nStep 3, written in the CMS.");
  });

  it("refuses a voice without consent, and saves consented voices", async () => {
    await open("voices");
    await pickStory();
    const addVoice = async (text: string, consent: boolean) => {
      await page.getByRole("button", {name: /^Add voices/}).click();
      const i = (await field("text").count()) - 1;
      await field("text").nth(i).fill(text);
      await field("speaker").nth(i).fill("resident, 40s");
      await field("theme").nth(i).fill("safety");
      await field("collected").nth(i).fill("2026-10-01");
      await field("method").nth(i).fill("conversation at a community event");
      if (consent) {
        await choose("consent", "given", i);
        await field("consent_date").nth(i).fill("2026-10-01");
      }
    };
    await addVoice(KEPT, false);
    await publish();
    await page.getByText("Consent is required").first().waitFor();
    // Refused before anything was written.
    expect(read("voices.yaml")).toBe("");
    await choose("consent", "given", 0);
    await field("consent_date").nth(0).fill("2026-10-01");
    await addVoice(WITHDRAWN, true);
    await publish();
    const voices = await saved("voices.yaml", WITHDRAWN);
    expect(voices).toContain(KEPT);
    expect(voices).toContain(WITHDRAWN);
    expect(voices.match(/consent: given/g)).toHaveLength(2);
  });

  it("adds an activity with its source", async () => {
    await open("activities");
    await pickStory();
    await page.getByRole("button", {name: /^Add activities/}).click();
    await field("title").fill("A youth club");
    await field("description").fill("Evening sessions for young people.");
    await field("source").fill("Fixture council report (2026), page 4");
    await publish();
    await saved("activities.yaml", "source: Fixture council report (2026), page 4");
  });

  it(
    "withdraws a voice by deleting it, and the check and one build then publish the story without it",
    async () => {
      await open("voices", `${STORY.slug}/voices`);
      // Each voice's bar has two buttons, fold and remove (Decap gives them no names): the second voice's remove.
      await page.locator('button[class*="TopBarButton"]').nth(3).click();
      await publish();
      await expect.poll(() => read("voices.yaml")).not.toContain(WITHDRAWN);
      expect(read("voices.yaml")).toContain(KEPT);
      const check = await run("scripts/check.ts");
      expect(check.status, check.output).toBe(0);
      const build = await run("scripts/build.ts");
      expect(build.status, build.output).toBe(0);
      const built = readFileSync(join(project, "dist", "stories", `${STORY.slug}.html`), "utf8");
      expect(built).toContain(STORY.title);
      expect(built).toContain(KEPT);
      expect(built).not.toContain(WITHDRAWN);
      // A backstop for a hung build, as the build tests' setup has none: a build's time depends on the machine.
    },
    15 * 60_000
  );
});
