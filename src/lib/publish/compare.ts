import {readFileSync} from "node:fs";
import {join} from "node:path";
import {listFiles} from "../util/files.js";

/** How two built sites differ, file by file: missing on either side, or different bytes. */
export function compareDirs(a: string, b: string): string[] {
  const filesA = listFiles(a);
  const filesB = new Set(listFiles(b));
  const differences: string[] = [];
  for (const file of filesA) {
    if (!filesB.has(file)) differences.push(`only in the first build: ${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file))))
      differences.push(`different bytes: ${file}`);
    filesB.delete(file);
  }
  for (const file of filesB) differences.push(`only in the second build: ${file}`);
  return differences;
}
