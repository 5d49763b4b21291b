import {fileURLToPath} from "node:url";
import {join, relative} from "node:path";
import {parseArgs} from "node:util";
import {ContentError} from "../content/problems.js";
import {problemsPageMarkdown} from "../render/problemsPage.js";
import {SourceError, Sources, resolveSourcesDir} from "../sources/index.js";
import {isPreview} from "./preview.js";
import {parameterOf, registeredLoader, targetOf, type Log, type OutputData} from "./outputs.js";
import {sharedInputs} from "./shared.js";

/** The project root: three levels up from src/lib/loader. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** An output as bytes, whichever form its loader returned. */
export function outputBytes(output: OutputData): Buffer {
  return typeof output === "string"
    ? Buffer.from(output)
    : Buffer.from(output instanceof ArrayBuffer ? new Uint8Array(output) : output);
}

/**
 * What the dev server shows for a page that failed: the content problems, or (for anything else,
 * whose stack trace stays in the terminal) a plain note. Undefined where a failure must stay one:
 * outside the dev server, and for data files.
 */
export function previewOfFailure(
  target: string,
  error: unknown,
  env: Record<string, string | undefined> = process.env
): string | undefined {
  if (!isPreview(env) || !target.endsWith(".md")) return undefined;
  const page = target.replace(/\.md$/, "");
  if (error instanceof ContentError) return problemsPageMarkdown(page, error.problems);
  return problemsPageMarkdown(page, []);
}

/** "2.3 s" since `started` (performance.now()). */
export const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/**
 * The body of every Framework loader under src/: `await runRegisteredLoader(import.meta.url)`.
 * Makes the loader's output as its entry in LOADERS says (for a route, for the --<param>=<value>
 * Framework passes), writes it to stdout and progress to stderr. Source problems end the loader with
 * the one-line `file:line: problem — fix` message instead of a stack trace.
 */
export async function runRegisteredLoader(url: string, args: string[] = process.argv.slice(2)): Promise<void> {
  const started = performance.now();
  const loader = relative(join(PROJECT_ROOT, "src"), fileURLToPath(url));
  const name = parameterOf(loader);
  const value = name ? parseArgs({args, options: {[name]: {type: "string"}}, strict: false}).values[name] : undefined;
  const param = typeof value === "string" ? value : undefined;
  const target = targetOf(loader, param);
  const log: Log = (message) => process.stderr.write(`[${target}] ${message}\n`);
  try {
    const sources = new Sources(resolveSourcesDir(PROJECT_ROOT));
    log(`reading sources from ${sources.dir}`);
    const output = await registeredLoader(loader).produce(sharedInputs(sources, PROJECT_ROOT), param, log);
    const bytes = outputBytes(output);
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
