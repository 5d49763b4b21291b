import {createHash} from "node:crypto";
import {existsSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {gunzipSync} from "node:zlib";
import {listFiles} from "../util/files.js";
import {SourceError} from "./errors.js";

/** The only side effects the sources module needs: tests pass an in-memory fake. */
export interface SourceFiles {
  isDirectory(path: string): boolean;
  exists(path: string): boolean;
  read(path: string): Uint8Array;
  /** Every file below a folder, relative to it and sorted (none when the folder does not exist). */
  list(dir: string): string[];
}

export const nodeFiles: SourceFiles = {
  isDirectory: (path) => existsSync(path) && statSync(path).isDirectory(),
  exists: (path) => existsSync(path),
  read: (path) => readFileSync(path),
  list: (dir) => (existsSync(dir) && statSync(dir).isDirectory() ? listFiles(dir) : [])
};

/** In-memory files keyed by absolute path, for tests and fixtures. */
export function memoryFiles(contents: Record<string, string | Uint8Array>): SourceFiles {
  const encoder = new TextEncoder();
  const dirs = new Set<string>();
  for (const path of Object.keys(contents)) {
    for (let i = path.lastIndexOf("/"); i > 0; i = path.lastIndexOf("/", i - 1)) dirs.add(path.slice(0, i));
  }
  return {
    isDirectory: (path) => dirs.has(path.replace(/\/$/, "")),
    exists: (path) => path in contents,
    read(path) {
      const value = contents[path];
      if (value === undefined) throw new Error(`ENOENT: ${path}`);
      return typeof value === "string" ? encoder.encode(value) : value;
    },
    list(dir) {
      const prefix = `${dir.replace(/\/$/, "")}/`;
      return Object.keys(contents)
        .filter((path) => path.startsWith(prefix))
        .map((path) => path.slice(prefix.length))
        .sort();
    }
  };
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Text of a file, gunzipped when its name ends in .gz; a file that does not unzip is a SourceError naming it. */
export function decodeText(path: string, bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(path.endsWith(".gz") ? gunzip(path, bytes) : bytes);
}

function gunzip(path: string, bytes: Uint8Array): Uint8Array {
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new SourceError({
      kind: "bad-gzip",
      file: path,
      problem: `the file cannot be unzipped (${(error as Error).message})`,
      fix: "restore the published copy: the download may have been cut short or damaged"
    });
  }
}

export const SOURCES_ENV = "WM_SOURCES_DIR";

/**
 * The sources folder: $WM_SOURCES_DIR if set (relative paths from the project root),
 * else ../shared/data/sources beside the project.
 */
export function resolveSourcesDir(projectRoot: string, env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env[SOURCES_ENV]?.trim();
  return fromEnv
    ? join(fromEnv.startsWith("/") ? "" : projectRoot, fromEnv)
    : join(projectRoot, "..", "shared", "data", "sources");
}
