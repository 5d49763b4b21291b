// npm run bench:preview: how long a one-sentence edit to a story's steps.md takes to show in the dev
// server. Starts npm run dev's server, opens the story page in Chromium, then, a few times over,
// adds a sentence to steps.md and times how long until the open page shows it (the dev server
// updates it, as it does an editor's). steps.md is put back as it was. Writes the times into
// bench/RESULTS.md ("Preview after an edit"); the target is 2 s.
import {spawn} from "node:child_process";
import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {cpus, loadavg} from "node:os";
import {join} from "node:path";
import {launch, WAIT_MS} from "../src/lib/publish/browser.js";
import {PREVIEW_EDIT_SECONDS} from "../src/lib/publish/budgets.js";
import {median} from "../src/lib/util/median.js";

const root = join(import.meta.dirname, "..");
const slug = process.argv[2] ?? "heath-town";
const edits = 5;
const port = 3000 + (process.pid % 1000);
const page = `http://127.0.0.1:${port}/stories/${slug}`;
const steps = join(root, "content", "stories", slug, "steps.md");
const log = (message: string) => console.log(`[bench:preview] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks for the page until it answers (the dev server has started and made it once); the seconds that took. */
async function secondsUntilServed(started: number, limitSeconds = 900): Promise<number> {
  while ((performance.now() - started) / 1000 < limitSeconds) {
    const ok = await fetch(page)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return (performance.now() - started) / 1000;
    await sleep(500);
  }
  throw new Error(`the dev server did not serve ${page} within ${limitSeconds} s`);
}

const original = readFileSync(steps, "utf8");
const server = spawn(join(root, "node_modules", ".bin", "tsx"), ["scripts/dev.ts", "--port", String(port)], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
  detached: true
});
const times: number[] = [];
const browser = await launch();
try {
  log(`dev server on port ${port}; first load of /stories/${slug} (cold: the data is computed)…`);
  log(`first load ${(await secondsUntilServed(performance.now())).toFixed(1)} s`);
  // The page open in Chromium, as an editor has it: the dev server tells it to update after an edit.
  const tab = await browser.newPage();
  // Edits count from when the dev server watches the page for the tab (it says "welcome").
  const watched = new Promise<void>((resolve) =>
    tab.on("websocket", (ws) => ws.on("framereceived", (f) => String(f.payload).includes("welcome") && resolve()))
  );
  await tab.goto(page, {timeout: WAIT_MS});
  await tab.locator("h1").first().waitFor({timeout: WAIT_MS});
  await watched;
  await sleep(2000);
  for (let i = 1; i <= edits; i++) {
    const mark = `Preview timing sentence ${i} of run ${process.pid}.`;
    // The sentence goes at the end of the first paragraph of the first section, as an editor would add it.
    const edited = original.replace(/\n\n(.+)\n/, (_, paragraph) => `\n\n${paragraph} ${mark}\n`);
    const started = performance.now();
    writeFileSync(steps, edited);
    await tab.waitForFunction((text) => document.body.textContent?.includes(text), mark, {timeout: 600_000});
    times.push((performance.now() - started) / 1000);
    log(`edit ${i}: ${times.at(-1)!.toFixed(2)} s`);
    writeFileSync(steps, original);
    await tab.waitForFunction((text) => !document.body.textContent?.includes(text), mark, {timeout: 600_000});
  }
} finally {
  writeFileSync(steps, original);
  await browser.close();
  if (server.pid) process.kill(-server.pid);
}

const results = join(root, "bench", "RESULTS.md");
const section = `
## Preview after an edit

Measured by \`npm run bench:preview\` on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, load average
${loadavg()[0].toFixed(1)} at the end: a sentence added to \`content/stories/${slug}/steps.md\`, then the
page open in Chromium timed until it shows the sentence (the dev server's 0.15 s wait for more changes included).
${edits} edits: ${times.map((t) => `${t.toFixed(2)} s`).join(", ")}; median **${median(times)!.toFixed(2)} s** (target
${PREVIEW_EDIT_SECONDS} s).
`;
const previous = existsSync(results) ? readFileSync(results, "utf8") : "# Benchmark results\n";
const without = previous.replace(/\n## Preview after an edit\n[\s\S]*?(?=\n## |$)/, "");
const at = without.indexOf("\n## Budgets");
writeFileSync(results, at < 0 ? without + section : without.slice(0, at) + section + without.slice(at));
log(`median ${median(times)!.toFixed(2)} s; wrote bench/RESULTS.md`);
