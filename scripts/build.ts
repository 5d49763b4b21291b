// Builds the site into a staging folder, post-processes and checks it, and only then replaces
// dist/, so a failed build never leaves a half-written dist/.
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, renameSync, rmSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT} from "../src/lib/loader/run.js";
import {dropStaleLoaderCache, recordLoaderInputs} from "../src/lib/publish/cache.js";
import {publishOptions} from "../src/lib/publish/options.js";
import {missingReferences, transformSite, writeSiteFiles} from "../src/lib/publish/site.js";
import {resolveSourcesDir} from "../src/lib/sources/index.js";

const root = join(import.meta.dirname, "..");
const sourcesDir = resolveSourcesDir(PROJECT_ROOT);
const dist = join(root, process.env.WM_DIST_DIR ?? "dist");
const staging = join(root, ".build", `dist-${process.pid}`);
const options = publishOptions();
const started = performance.now();
const step = (message: string) => console.log(`[build ${((performance.now() - started) / 1000).toFixed(1)} s] ${message}`);

function fail(message: string): never {
  rmSync(staging, {recursive: true, force: true});
  console.error(`\nBuild failed: ${message}\n${existsSync(dist) ? `${dist} was left as it was.` : "Nothing was written to dist/."}`);
  process.exit(1);
}

mkdirSync(join(root, ".build"), {recursive: true});
if (dropStaleLoaderCache(root, sourcesDir)) step("loader inputs changed since the last build: cached data dropped");
rmSync(staging, {recursive: true, force: true});
step(`building into ${staging} for ${options.siteUrl ?? `the base path ${options.base}`}`);
if (!options.siteUrl) step("WM_SITE_URL is not set: sitemap.xml and social preview links will be root-relative (see docs/publishing.md)");
const result = spawnSync(join(root, "node_modules", ".bin", "observable"), ["build"], {
  cwd: root,
  stdio: "inherit",
  env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", WM_OUTPUT_DIR: staging}
});
if (result.status !== 0) fail(`Observable Framework exited with ${result.status ?? result.signal}; see the messages above.`);
recordLoaderInputs(root, sourcesDir);

step(`post-processed ${transformSite(staging, options)} pages`);
step(`wrote ${writeSiteFiles(staging, options, join(root, "src", "assets")).join(", ")}`);
const missing = missingReferences(staging, options.base);
if (missing.length) fail(`${missing.length} broken internal links or missing files:\n  ${missing.join("\n  ")}`);
step("every internal link and file reference resolves");

rmSync(`${dist}.old`, {recursive: true, force: true});
if (existsSync(dist)) renameSync(dist, `${dist}.old`);
renameSync(staging, dist);
rmSync(`${dist}.old`, {recursive: true, force: true});
step(`wrote ${dist}`);
