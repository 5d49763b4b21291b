import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";

/** Cache entries that hold bundled npm modules, keyed by version: safe to keep across changes. */
const MODULE_CACHES = new Set(["_node", "_npm", "_jsr", "_observablehq", "_build.json"]);

/**
 * What loader outputs depend on: the library and the components that pages are drawn with at build
 * time, editors' content, the config. The loader files themselves, wherever they are under src/, are
 * added by `loaderFiles`.
 */
const INPUTS = ["src/lib", "src/components", "content", "config", "observablehq.config.ts", "package-lock.json"];

/** Framework's loaders under src/ (data loaders, page loaders: `name.ext.ts`), outside the library. */
function loaderFiles(root: string): string[] {
  const src = join(root, "src");
  if (!existsSync(src)) return [];
  return readdirSync(src, {recursive: true, encoding: "utf8"})
    .filter((path) => /\.\w+\.ts$/.test(path) && !/^(?:lib|components|\.observablehq)\//.test(path))
    .sort()
    .map((path) => join("src", path));
}

function hashTree(hash: ReturnType<typeof createHash>, root: string, path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) hashTree(hash, root, join(path, name));
  } else {
    hash.update(relative(root, path)).update("\0").update(readFileSync(path)).update("\0");
  }
}

/** A sha256 of these files and folders under `root` (names and contents), started from `hash`. */
export function treeFingerprint(root: string, inputs: readonly string[], hash = createHash("sha256")) {
  for (const input of inputs) hashTree(hash, root, join(root, input));
  return hash;
}

/** A fingerprint of everything a loader's output can depend on, including the sources manifest. */
export function loaderInputsFingerprint(root: string, sourcesDir: string): string {
  const hash = treeFingerprint(root, [...INPUTS, ...loaderFiles(root)]);
  hashTree(hash, sourcesDir, join(sourcesDir, "manifest.json"));
  hash.update(sourcesDir);
  return hash.digest("hex");
}

/**
 * Framework reuses a cached loader output while the loader file itself is unchanged, even when a
 * module it imports, the content or the data changed. Drops every cached loader output when the
 * fingerprint of those inputs differs from the last build's. Returns whether it dropped anything.
 */
export function dropStaleLoaderCache(root: string, sourcesDir: string): boolean {
  const cache = join(root, "src", ".observablehq", "cache");
  const stamp = join(cache, ".wm-inputs");
  const fingerprint = loaderInputsFingerprint(root, sourcesDir);
  const stale = !existsSync(stamp) || readFileSync(stamp, "utf8") !== fingerprint;
  if (stale && existsSync(cache)) {
    for (const name of readdirSync(cache))
      if (!MODULE_CACHES.has(name)) rmSync(join(cache, name), {recursive: true, force: true});
  }
  // Until this build succeeds, the outputs are not known to match the inputs.
  rmSync(stamp, {force: true});
  return stale;
}

/** Records the fingerprint after a successful build, so the next build can reuse the outputs. */
export function recordLoaderInputs(root: string, sourcesDir: string): void {
  const cache = join(root, "src", ".observablehq", "cache");
  if (existsSync(cache)) writeFileSync(join(cache, ".wm-inputs"), loaderInputsFingerprint(root, sourcesDir));
}
