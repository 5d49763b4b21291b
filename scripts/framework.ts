// Runs `observable build` with its detailed output (a line or two for every page) in a log file.
import {spawn} from "node:child_process";
import {copyFileSync, cpSync, createWriteStream, readFileSync, rmSync} from "node:fs";
import {join} from "node:path";
import {listPages} from "../src/lib/publish/site.js";

export interface FrameworkRun {
  status: number | null;
  /** Pages in the output folder. */
  pages: number;
  log: string;
  /** The last lines of the log, for a failure message. */
  tail: string;
}

/**
 * A copy of what Framework reads (the pages and components in src/ with its cache, content/, the
 * configuration) in `dir`, for a second Framework process: Framework writes its client bundles into
 * its cache and reads them back, so two processes must not share one. node_modules is found above.
 */
export function copyFrameworkRoot(root: string, dir: string): string {
  rmSync(dir, {recursive: true, force: true});
  for (const folder of ["src", "content"])
    cpSync(join(root, folder), join(dir, folder), {recursive: true, preserveTimestamps: true});
  for (const file of ["observablehq.config.ts", "package.json"]) copyFileSync(join(root, file), join(dir, file));
  return dir;
}

/** `observable build` in `cwd` (the project or a copy of it), its output in the file `log`. */
export function runFramework({cwd, env, log}: {cwd: string; env: Record<string, string>; log: string}) {
  const out = createWriteStream(log);
  const child = spawn(join(import.meta.dirname, "..", "node_modules", ".bin", "observable"), ["build"], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", ...env}
  });
  child.stdout.pipe(out, {end: false});
  child.stderr.pipe(out, {end: false});
  return new Promise<FrameworkRun>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) =>
      out.end(() => {
        const tail = readFileSync(log, "utf8").trimEnd().split("\n").slice(-30).join("\n");
        const pages = status === 0 ? listPages(env.WM_OUTPUT_DIR).length : 0;
        resolve({status, pages, log, tail});
      })
    );
  });
}
