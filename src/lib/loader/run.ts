import {fileURLToPath} from "node:url";
import {join, relative} from "node:path";
import {parseArgs} from "node:util";
import {ContentError} from "../content/problems.js";
import {SourceError} from "../sources/index.js";
import {PROJECT_ROOT} from "../util/projectRoot.js";
import {previewOfFailure, renderedByPreview} from "./preview.js";
import {parameterOf, targetOf} from "./targets.js";

export {PROJECT_ROOT};

/** "2.3 s" since `started` (performance.now()). */
export const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/**
 * The body of every Framework loader under src/: `await runRegisteredLoader(import.meta.url)`.
 * Makes the loader's output as its entry in LOADERS says (for a route, for the --<param>=<value>
 * Framework passes), writes it to stdout and progress to stderr. Source and content problems end
 * the loader with the one-line `file:line: problem — fix` message instead of a stack trace; in the
 * dev server, a page shows them instead (preview.ts).
 *
 * In the dev server the warm renderer makes the output when it can, so this process loads only
 * this module's few imports; the data model, the render code and their libraries load only here.
 */
export async function runRegisteredLoader(url: string, args: string[] = process.argv.slice(2)): Promise<void> {
  const started = performance.now();
  const loader = relative(join(PROJECT_ROOT, "src"), fileURLToPath(url));
  const name = parameterOf(loader);
  const value = name ? parseArgs({args, options: {[name]: {type: "string"}}, strict: false}).values[name] : undefined;
  const param = typeof value === "string" ? value : undefined;
  const target = targetOf(loader, param);
  const log = (message: string) => process.stderr.write(`[${target}] ${message}\n`);
  try {
    let bytes = await renderedByPreview(loader, param, log);
    if (!bytes) {
      const {produceOutput} = await import("./produce.js");
      bytes = await produceOutput(PROJECT_ROOT, loader, param, log);
    }
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(bytes, (error) => (error ? reject(error) : resolve()))
    );
    log(`wrote ${bytes.length.toLocaleString("en-GB")} bytes in ${seconds(started)}`);
  } catch (error) {
    const plain = error instanceof SourceError || error instanceof ContentError;
    process.stderr.write(
      `[${target}] ${error instanceof SourceError ? "source data error: " : ""}` +
        `${plain ? (error as Error).message : (error as Error).stack}\n`
    );
    const preview = previewOfFailure(target, error);
    if (preview === undefined) process.exit(1);
    process.stdout.write(preview);
  }
}
