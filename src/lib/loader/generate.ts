import {mkdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {deferredGraphicsFile} from "../publish/graphics.js";
import {deferGraphics} from "../render/deferred.js";
import type {Sources} from "../sources/index.js";
import {LOADERS, targetOf, type LoaderOutputs} from "./outputs.js";
import {outputBytes, seconds} from "./run.js";
import {sharedInputs} from "./shared.js";

export interface GenerateOptions {
  sources: Sources;
  /** The project root (content/, config/). */
  root: string;
  /** Framework's loader cache, src/.observablehq/cache: each output goes to <cache>/<target>. */
  cache: string;
  /**
   * Where to keep the graphics taken out of pages (render/deferred.ts), for the post-processing to
   * put back; without it, pages keep their graphics in place.
   */
  graphics?: string;
  /** Progress lines. */
  log: (line: string) => void;
  loaders?: readonly LoaderOutputs[];
}

/** Writes `bytes` to `path` all at once: a reader sees the old file or the new one, never half of it. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), {recursive: true});
  const temporary = `${path}.wm-${process.pid}`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, {force: true});
  }
}

/** How often a route with many outputs reports progress. */
const PROGRESS_EVERY = 50;

/**
 * Writes every registered loader's outputs into Framework's cache, in this one process, so the
 * sources are parsed, the data joined and shared parts (risk index, stories, ward profiles) made
 * once for all of them. Framework then finds each output fresh (it reuses a cached output whose
 * mtime is at least its loader's) and runs no loader itself. Returns the paths written, relative
 * to the cache.
 */
export async function generateOutputs({
  sources,
  root,
  cache,
  graphics,
  log,
  loaders = LOADERS
}: GenerateOptions): Promise<string[]> {
  const started = performance.now();
  const shared = sharedInputs(sources, root);
  const written: string[] = [];
  for (const entry of loaders) {
    const begun = performance.now();
    const params = entry.params ? entry.params(shared) : [undefined];
    let total = 0;
    for (const [i, param] of params.entries()) {
      const target = targetOf(entry.loader, param);
      let output = await entry.produce(shared, param, (message) => log(`[${target}] ${message}`));
      if (graphics && target.endsWith(".md") && typeof output === "string") {
        const deferred = deferGraphics(output);
        output = deferred.markdown;
        if (deferred.graphics.length)
          writeAtomically(deferredGraphicsFile(graphics, target), Buffer.from(JSON.stringify(deferred.graphics)));
      }
      const bytes = outputBytes(output);
      writeAtomically(join(cache, target), bytes);
      written.push(target);
      total += bytes.length;
      if (params.length > PROGRESS_EVERY && (i + 1) % PROGRESS_EVERY === 0)
        log(`${entry.loader}: ${i + 1} of ${params.length} outputs`);
    }
    const what = entry.params ? `${params.length} outputs` : targetOf(entry.loader);
    log(`${entry.loader}: ${what}, ${(total / 1024).toFixed(0)} KB in ${seconds(begun)}`);
  }
  log(`${written.length} outputs in ${seconds(started)}`);
  return written;
}
