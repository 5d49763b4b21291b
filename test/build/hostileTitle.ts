// Issue 11: a story title that tries to close a <noscript> and open a <script> (HOSTILE in
// workflow.ts) is published as text. In Chromium, on the fixture build, no dialog opens, and the
// page's Content-Security-Policy (its <meta> and _headers) allows only the inline scripts the page
// itself has: Framework's own.
import {createHash} from "node:crypto";
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {CHROMIUM, launch, startSite} from "../../src/lib/publish/browser.js";
import {HOSTILE, type WorkflowResult} from "./workflow.js";

let dist: string;
const hashes = (policy: string) => [...policy.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]).sort();
const sha256 = (code: string) => `sha256-${createHash("sha256").update(code, "utf8").digest("base64")}`;

/** The script-src hashes _headers sends with `path`. */
function headerHashes(path: string): string[] {
  const blocks = readFileSync(join(dist, "_headers"), "utf8").split(/\n\n/);
  const block = blocks.find((b) => b.split("\n")[0] === path);
  if (!block) throw new Error(`_headers has no block for ${path}`);
  return hashes(/Content-Security-Policy: (.*)/.exec(block)![1]);
}

// Chromium is required in CI, as for the browser tests (test/browser/harness.ts).
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI) throw new Error(`the hostile-title test needs Chromium at ${CHROMIUM}`);

/** The test; `workflow` gives the workflow's result once it has run. */
export const describeHostileTitle = (workflow: () => WorkflowResult) =>
  describe.runIf(hasChromium)("a story whose title is markup, built and opened in Chromium", () => {
    let browser: Browser;
    let site: Awaited<ReturnType<typeof startSite>>;
    beforeAll(async () => {
      const {build, project} = workflow();
      dist = join(project, "dist");
      expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
      site = await startSite("/", dist);
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      site?.server.close();
    });

    it("shows the title as text, opens no dialog, and its CSP names only the page's own inline scripts", async () => {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${site.url}stories/${HOSTILE.slug}`, {waitUntil: "networkidle"});
      // The page's own module has run: the story is enhanced.
      await page.locator("#story .story-step.is-active").first().waitFor();
      expect(dialogs).toEqual([]);
      expect(await page.locator("h1").textContent()).toBe(HOSTILE.title);
      expect(await page.title()).toContain(HOSTILE.title);

      const {policy, inline} = await page.evaluate(() => ({
        policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
        inline: [...document.scripts].filter((s) => !s.src).map((s) => s.text)
      }));
      // Framework's two: the page module and the sidebar's; nothing from the title.
      expect(inline).toHaveLength(2);
      expect(inline.some((code) => code.includes("alert"))).toBe(false);
      const own = inline.map(sha256).sort();
      expect(hashes(policy)).toEqual(own);
      expect(headerHashes(`/stories/${HOSTILE.slug}`)).toEqual(own);
      expect(headerHashes(`/stories/${HOSTILE.slug}.html`)).toEqual(own);
      await page.close();
    });
  });
