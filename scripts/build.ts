// Builds the site into a staging folder, post-processes and checks it, and only then replaces
// dist/, so a failed build never leaves a half-written dist/. The terminal gets a short summary with
// progress on the long steps; every step's detail goes to .build/build.log, and Framework's own
// output to .build/framework-<n>-of-<count>.log.
import {appendFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {availableParallelism} from "node:os";
import {join} from "node:path";
import {writeAdmin} from "../src/lib/cms/admin.js";
import {cmsChoices} from "../src/lib/cms/choices.js";
import type {CmsBackend} from "../src/lib/cms/config.js";
import {ensureCmsInstalled} from "../src/lib/cms/install.js";
import {hostedBackend} from "../src/lib/cms/options.js";
import {draftMentions, draftSlugs} from "../src/lib/check/drafts.js";
import {checkProject, formatReport} from "../src/lib/check/project.js";
import {generateOutputs} from "../src/lib/loader/generate.js";
import {PROJECT_ROOT} from "../src/lib/loader/run.js";
import {dropStaleLoaderCache, recordLoaderInputs} from "../src/lib/publish/cache.js";
import {CHROME_ENV} from "../src/lib/publish/chrome.js";
import {holdBuildLock} from "../src/lib/publish/lock.js";
import {publishOptions} from "../src/lib/publish/options.js";
import {restoreDeferredParts} from "../src/lib/publish/deferred.js";
import {listPages, missingReferences, transformSite, writeSiteFiles} from "../src/lib/publish/site.js";
import {frameworkProcesses, mergeShards, SHARD_ENV} from "../src/lib/publish/shards.js";
import {copyFrameworkRoot, runFramework} from "./framework.js";
import {ContentError} from "../src/lib/content/problems.js";
import {SourceError, resolveSourcesDir, Sources} from "../src/lib/sources/index.js";
import {DRAFTS_ENV} from "../src/lib/stories/drafts.js";

const root = join(import.meta.dirname, "..");
const sourcesDir = resolveSourcesDir(PROJECT_ROOT);
const dist = join(root, process.env.WM_DIST_DIR ?? "dist");
const staging = join(root, ".build", `dist-${process.pid}`);
const options = publishOptions();
const started = performance.now();
const buildLog = join(root, ".build", "build.log");
mkdirSync(join(root, ".build"), {recursive: true});
const at = () => `[build ${((performance.now() - started) / 1000).toFixed(1)} s]`;
/** A line for the log file only. */
const detail = (message: string) => appendFileSync(buildLog, `${at()} ${message}\n`);
/** A line for the terminal too. */
const step = (message: string) => {
  detail(message);
  console.log(`${at()} ${message}`);
};

// Framework runs as a few processes at once, each building a share of the generated pages into a
// folder of its own (src/lib/publish/shards.ts); the first one's folder is the staging folder.
let shardDirs = [staging];

function fail(message: string): never {
  for (const dir of shardDirs) rmSync(dir, {recursive: true, force: true});
  detail(`build failed: ${message}`);
  console.error(
    `\nBuild failed: ${message}\n` +
      `${existsSync(dist) ? `${dist} was left as it was.` : "Nothing was written to dist/."}` +
      `\nEvery step's detail: ${buildLog}`
  );
  process.exit(1);
}

// One build at a time in a checkout: two would write Framework's cache and .build/ at once.
const lock = holdBuildLock(root);
if (lock.refused) fail(lock.refused);
writeFileSync(buildLog, "");
if (lock.notice) step(lock.notice);

// The CMS's hosted backend, if the publisher turned it on: a mistake in its settings stops the build
// now, and its packages are installed on first use.
let cms: CmsBackend | null = null;
try {
  cms = hostedBackend();
  if (cms) ensureCmsInstalled(step);
} catch (error) {
  fail((error as Error).message);
}

// Editors' content is checked first (every problem at once); a production build never has drafts.
delete process.env[DRAFTS_ENV];
const content = checkProject(root);
if (content.list.length) {
  detail(formatReport(content));
  console.log(formatReport(content));
}
if (content.errors.length)
  fail(
    `the content check found ${content.errors.length === 1 ? "an error" : `${content.errors.length} errors`}, ` +
      "listed above; fix, then run npm run check."
  );
step("content checked");

mkdirSync(join(root, ".build"), {recursive: true});
if (dropStaleLoaderCache(root, sourcesDir)) step("loader inputs changed since the last build: cached data dropped");
// Every loader's output, written into Framework's cache by this one process (the sources parsed
// and the data joined once), so Framework finds them fresh and runs no loader. Written anew on each
// build: the dev server caches outputs with drafts in them without changing any input.
// Pages' graphics and tables wait beside them until Framework has built the pages
// (src/lib/render/deferred.ts).
const deferred = join(root, ".build", "deferred");
rmSync(deferred, {recursive: true, force: true});
let pagesToBuild = 0;
try {
  const cache = join(root, "src", ".observablehq", "cache");
  const workers = Math.min(2, availableParallelism());
  // Only the progress counts reach the terminal; each output's own lines go to the log file.
  const progress = /^\d+ outputs (written|in )/;
  step("writing every page's and data file's loader output…");
  const written = await generateOutputs({
    sourcesDir,
    root,
    cache,
    deferred,
    workers,
    log: (line) => (progress.test(line) ? step(line) : detail(line))
  });
  pagesToBuild = written.filter((output) => output.target.endsWith(".md")).length;
} catch (error) {
  // Source and content problems, also as a worker thread reports them, are one line saying what to fix.
  const name = (error as Error).name;
  const oneLine = error instanceof SourceError || error instanceof ContentError || name === "GenerationError";
  fail(oneLine ? (error as Error).message : ((error as Error).stack ?? String(error)));
}
rmSync(staging, {recursive: true, force: true});
step(`building into ${staging} for ${options.siteUrl ?? `the base path ${options.base}`}`);
if (!options.siteUrl)
  step("WM_SITE_URL is not set: sitemap.xml and social preview links will be root-relative (see docs/publishing.md)");
const shards = Number(process.env.WM_BUILD_SHARDS ?? frameworkProcesses(pagesToBuild, availableParallelism()));
if (!(Number.isInteger(shards) && shards >= 1))
  fail(`WM_BUILD_SHARDS: "${process.env.WM_BUILD_SHARDS}" is not a whole number of processes, e.g. 1`);
shardDirs = Array.from({length: shards}, (_, i) => (i === 0 ? staging : `${staging}-${i}`));
// Framework takes the longest: say every 15 s how far it has got.
const frameworkProgress = setInterval(() => {
  const pages = shardDirs.reduce((n, dir) => n + (existsSync(dir) ? listPages(dir).length : 0), 0);
  step(`Framework: ${pages} pages built so far`);
}, 15_000);
const runs = await Promise.all(
  shardDirs.map((dir, i) => {
    const log = join(root, ".build", `framework-${i + 1}-of-${shards}.log`);
    const cwd = i === 0 ? root : copyFrameworkRoot(root, join(root, ".build", `framework-${i + 1}`));
    // The post-processing adds every page's header and footer (src/lib/publish/chrome.ts).
    const env = {WM_OUTPUT_DIR: dir, WM_SOURCES_DIR: sourcesDir, [SHARD_ENV]: `${i}/${shards}`, [CHROME_ENV]: "1"};
    return runFramework({cwd, env, log}).then((run) => {
      if (run.status === 0)
        step(
          `Framework built ${run.pages} pages${shards > 1 ? ` (share ${i + 1} of ${shards})` : ""}; its log: ${log}`
        );
      return run;
    });
  })
);
clearInterval(frameworkProgress);
const failed = runs.find((run) => run.status !== 0);
if (failed)
  fail(`Observable Framework exited with ${failed.status}; the end of its log (${failed.log}):\n${failed.tail}`);
try {
  if (shards > 1) step(`merged the ${shards} shares: ${mergeShards(staging, shardDirs.slice(1))} files`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  for (const dir of shardDirs.slice(1)) rmSync(dir, {recursive: true, force: true});
  for (let i = 1; i < shards; i++) rmSync(join(root, ".build", `framework-${i + 1}`), {recursive: true, force: true});
}
recordLoaderInputs(root, sourcesDir);

// Post-processing stops on page markup it does not recognise or an inline script it would not
// hash: say so plainly, and leave dist/ as it was. It reads the pages while their deferred parts
// are still out (they hold no link, file, id or script: render/deferred.ts refuses any), so each
// parse is of the small page Framework wrote; the parts go back in last.
try {
  const site = transformSite(staging, options, deferred);
  step(`post-processed ${site.pages.length} pages, and derived ${site.derived.length} embed pages from their figures`);
  step(`wrote ${writeSiteFiles(staging, options, join(root, "src", "assets"), site.scriptHashes).join(", ")}`);
  const missing = missingReferences(staging, options.base, {known: site.references});
  if (missing.length) fail(`${missing.length} broken internal links or missing files:\n  ${missing.join("\n  ")}`);
  step("every internal link and file reference resolves");
  const restored = restoreDeferredParts(staging, deferred, {pages: site.pages, read: site.parts});
  step(`put the deferred graphics and tables back into ${restored} pages`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const leaks = draftMentions(staging, draftSlugs(join(root, "content")));
if (leaks.length)
  fail(
    "draft stories reached the built site:\n  " +
      `${leaks.join("\n  ")}\nA page or file links to a draft: set the draft to published, or remove the link.`
  );

// The CMS only when the publisher turns it on (WM_CMS_BACKEND, docs/publishing.md), after every check
// of the public pages, which it leaves as they were.
if (cms) {
  const written = writeAdmin(staging, options.base, cms, () => cmsChoices(new Sources(sourcesDir)));
  step(`wrote the CMS at ${options.base}admin/ (${written} files)`);
}

rmSync(`${dist}.old`, {recursive: true, force: true});
if (existsSync(dist)) renameSync(dist, `${dist}.old`);
renameSync(staging, dist);
rmSync(`${dist}.old`, {recursive: true, force: true});
step(`built ${listPages(dist).length} pages into ${dist}; every step's detail: ${buildLog}`);
