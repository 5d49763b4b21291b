// Framework builds pages one after another in one process. The build script runs it as a few
// processes at once, each building a share of the generated pages (ward profiles, stories) into its
// own folder, then merges the folders. Every process also builds the hand-written pages and the
// shared files (bundles, styles, data files), which come out byte-identical.
import {copyFileSync, existsSync, mkdirSync, readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {listFiles} from "../util/files.js";
import {withoutFileTimestamps} from "./html.js";

/** "<index>/<count>": which share of the generated pages this Framework process builds. */
export const SHARD_ENV = "WM_BUILD_SHARD";

/**
 * How many Framework processes build `pages` pages on `cores` cores: one per core, at most two, and
 * one per hundred pages. Each process spends about as much CPU bundling Framework's client code as on
 * a hundred pages, so a small site (the editors' fixture site: 34 pages) builds as fast in one process,
 * with less CPU.
 */
export function frameworkProcesses(pages: number, cores: number): number {
  return Math.max(1, Math.min(2, cores, Math.ceil(pages / 100)));
}

/** The share of `paths` the environment's shard builds: every one when no shard is set. */
export function shardPaths(paths: readonly string[], env: Record<string, string | undefined> = process.env): string[] {
  const value = env[SHARD_ENV];
  if (!value) return [...paths];
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(count >= 1 && index < count)) throw new Error(`${SHARD_ENV}: "${value}" is not <index>/<count>, e.g. 0/2`);
  return paths.filter((_, i) => i % count === index);
}

/**
 * Whether two processes built a file alike: byte for byte, but for the file times Framework writes
 * into pages (each process reads them from its own copy of a data file; the build drops them).
 */
function sameBuild(file: string, a: Buffer, b: Buffer): boolean {
  if (a.equals(b)) return true;
  return file.endsWith(".html") && withoutFileTimestamps(a.toString()) === withoutFileTimestamps(b.toString());
}

/**
 * Copies every file of the shard folders `from` into `into` (the first shard's folder). A file two
 * shards both built must be the same (sameBuild); otherwise the build cannot say which is right.
 */
export function mergeShards(into: string, from: readonly string[]): number {
  let copied = 0;
  for (const dir of from) {
    for (const file of listFiles(dir)) {
      const source = join(dir, file);
      const target = join(into, file);
      if (existsSync(target)) {
        if (!sameBuild(file, readFileSync(source), readFileSync(target)))
          throw new Error(`${file}: two Framework processes built it differently; build again with WM_BUILD_SHARDS=1`);
        continue;
      }
      mkdirSync(dirname(target), {recursive: true});
      copyFileSync(source, target);
      copied++;
    }
  }
  return copied;
}
