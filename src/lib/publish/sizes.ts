import {readFileSync} from "node:fs";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {listFiles} from "../util/files.js";

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function fileSize(dir: string, file: string): FileSize {
  const content = readFileSync(join(dir, file));
  return {file, bytes: content.length, gzipBytes: gzipSync(content, {level: 9}).length};
}

/** Sizes of a built site's pages and data files (Framework writes data to _file/). */
export function siteSizes(dir: string): {pages: FileSize[]; data: FileSize[]} {
  const files = listFiles(dir);
  return {
    pages: files.filter((f) => f.endsWith(".html")).map((f) => fileSize(dir, f)),
    data: files.filter((f) => f.startsWith("_file/")).map((f) => fileSize(dir, f))
  };
}
