// A throwaway copy of the project for build tests, so they never touch the real content, cache or
// dist/. node_modules is linked, not copied.
import {cpSync, existsSync, mkdirSync, symlinkSync} from "node:fs";
import {join, sep} from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
const CODE = ["src", "scripts", "config", "observablehq.config.ts", "package.json", "tsconfig.json"];
const CACHE = join("src", ".observablehq", "cache");
/**
 * Framework's bundles of npm modules: they do not depend on the data or the content, take
 * Framework a while to make, and the build keeps them when its inputs change
 * (src/lib/publish/cache.ts). Loader outputs are never copied: the copy's sources or content differ.
 */
const BUNDLES = ["_node", "_npm"];

/** Copies the project's code (and content/ if asked; otherwise it has no stories) into `project`. */
export function copyProject(project: string, {content}: {content: boolean}): void {
  const notCache = (path: string) => !path.split(sep).includes(".observablehq");
  for (const entry of [...CODE, ...(content ? ["content"] : [])])
    cpSync(join(ROOT, entry), join(project, entry), {recursive: true, filter: notCache});
  for (const bundles of BUNDLES) {
    const from = join(ROOT, CACHE, bundles);
    if (existsSync(from)) cpSync(from, join(project, CACHE, bundles), {recursive: true});
  }
  mkdirSync(join(project, "content", "stories"), {recursive: true});
  symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"));
}
