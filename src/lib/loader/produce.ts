// Makes one registered loader's output from the sources and the content: what a loader process
// does, and what the dev server's warm renderer does for it (preview.ts).
import {Sources, resolveSourcesDir} from "../sources/index.js";
import {registeredLoader, type Log} from "./outputs.js";
import {sharedInputs} from "./shared.js";
import type {OutputData} from "./targets.js";

/** An output as bytes, whichever form its loader returned. */
export function outputBytes(output: OutputData): Buffer {
  return typeof output === "string"
    ? Buffer.from(output)
    : Buffer.from(output instanceof ArrayBuffer ? new Uint8Array(output) : output);
}

/** The output of `loader` (a file under src/) for one parameter value, read from the project at `root`. */
export async function produceOutput(root: string, loader: string, param: string | undefined, log: Log) {
  const sources = new Sources(resolveSourcesDir(root));
  log(`reading sources from ${sources.dir}`);
  return outputBytes(await registeredLoader(loader).produce(sharedInputs(sources, root), param, log));
}
