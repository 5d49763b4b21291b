import {fileURLToPath} from "node:url";
import {SourceError, Sources, resolveSourcesDir} from "../sources/index.js";

/** The project root: three levels up from src/lib/loader. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export type Log = (message: string) => void;

/**
 * Entry point for a Framework data loader: opens the checked sources folder, runs `produce`,
 * writes its result to stdout and progress to stderr. Source problems end the build with the
 * one-line `file:line: problem — fix` message instead of a stack trace.
 */
export async function runLoader(
  name: string,
  produce: (
    sources: Sources,
    log: Log
  ) => string | Uint8Array | ArrayBuffer | Promise<string | Uint8Array | ArrayBuffer>
): Promise<void> {
  const started = performance.now();
  const log: Log = (message) => process.stderr.write(`[${name}] ${message}\n`);
  try {
    const sources = new Sources(resolveSourcesDir(PROJECT_ROOT));
    log(`reading sources from ${sources.dir}`);
    const output = await produce(sources, log);
    const bytes =
      typeof output === "string"
        ? Buffer.from(output)
        : Buffer.from(output instanceof ArrayBuffer ? new Uint8Array(output) : output);
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(bytes, (error) => (error ? reject(error) : resolve()))
    );
    log(
      `wrote ${bytes.length.toLocaleString("en-GB")} bytes in ${((performance.now() - started) / 1000).toFixed(1)} s`
    );
  } catch (error) {
    process.stderr.write(
      `[${name}] ${error instanceof SourceError ? `source data error: ${error.message}` : (error as Error).stack}\n`
    );
    process.exit(1);
  }
}
