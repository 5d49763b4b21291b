// The dev server's kept data: each story's numbers and shapes on disk between processes, so an edit
// to a story's words does not compute them again.
import {existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {treeFingerprint} from "../publish/cache.js";
import type {Sources} from "../sources/index.js";

/**
 * Set by the dev server (scripts/dev.ts) for the loaders it runs. A build never sets it: its
 * outputs are all made anew by the generation step (generate.ts), which reads no preview cache.
 */
export const PREVIEW_ENV = "WM_PREVIEW";

export function isPreview(env: Record<string, string | undefined> = process.env): boolean {
  return env[PREVIEW_ENV] === "true";
}

/** The code outputs are made by: a change to any of it is a new key, and retires the warm renderer. */
const CODE = ["src/lib", "src/components", "package-lock.json"];

/** A sha256 of the code outputs are made by. */
export const codeFingerprint = (root: string) => treeFingerprint(root, CODE).digest("hex");

/**
 * What a story's data (numbers, shapes, borough figures) is computed from, as one sha256: the code,
 * the source files (manifest checksum, and each file's size and time, so a file changed on disk is
 * never read from the cache), and the story's story.yaml, the one content file the data reads.
 */
export function storyDataKey(root: string, sources: Sources, paths: readonly string[], storyYaml: string): string {
  const hash = treeFingerprint(root, CODE);
  for (const path of paths) {
    const {size, mtimeMs} = statSync(join(sources.dir, path));
    hash.update(`${path}\0${sources.entry(path).sha256}\0${size}\0${mtimeMs}\0`);
  }
  return hash.update(storyYaml).digest("hex");
}

/**
 * A value kept on disk between processes: the one in `file` when it was stored under `key`,
 * otherwise `compute()`'s, stored for the next process (through a rename, so never half-written).
 */
export function keptOnDisk<T>(file: string, key: string, compute: () => T): T {
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, "utf8")) as {key: string; value: T};
    if (kept.key === key) return kept.value;
  }
  const value = compute();
  mkdirSync(dirname(file), {recursive: true});
  const temporary = `${file}.${process.pid}`;
  writeFileSync(temporary, JSON.stringify({key, value}));
  renameSync(temporary, file);
  return value;
}

/** Where the dev server keeps each story's data. */
export const previewStoryFile = (root: string, slug: string) =>
  join(root, ".build", "preview", "stories", `${slug}.json`);
