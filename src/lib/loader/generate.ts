import {mkdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {isMainThread, parentPort, threadId, Worker, workerData} from "node:worker_threads";
import {deferredPartsFile} from "../publish/deferred.js";
import {deferMarkup} from "../render/deferred.js";
import {Sources} from "../sources/index.js";
import {LOADERS, targetOf, type LoaderOutputs} from "./outputs.js";
import {policeReport} from "./policeReport.js";
import {outputBytes} from "./produce.js";
import {seconds} from "./run.js";
import {sharedInputs, type Shared} from "./shared.js";

export interface GenerateOptions {
  /** The checked sources folder. */
  sourcesDir: string;
  /** The project root (content/, config/). */
  root: string;
  /** Framework's loader cache, src/.observablehq/cache: each output goes to <cache>/<target>. */
  cache: string;
  /**
   * Where to keep the parts taken out of pages (render/deferred.ts), for the post-processing to put
   * back; without it, pages keep them in place.
   */
  deferred?: string;
  /**
   * Threads that share the outputs between them (each reads the sources once): 2 on a 2-core
   * machine makes the build's longest step about twice as fast. 1 works in this thread.
   */
  workers?: number;
  /** Progress lines. */
  log: (line: string) => void;
  /** The registry (tests give their own; with workers, always LOADERS). */
  loaders?: readonly LoaderOutputs[];
}

/** One output to write: a loader, and the value of its [parameter] for a route. */
interface Job {
  loader: LoaderOutputs;
  param?: string;
}

/** What a worker is asked to do: every `count`-th job, from the `index`-th. */
interface WorkerTask extends Omit<GenerateOptions, "log" | "loaders" | "workers"> {
  generateOutputs: true;
  index: number;
  count: number;
}

/** An output written: its loader and its path in the cache. */
export interface Written {
  loader: string;
  target: string;
}

type WorkerMessage = {log: string} | {written: Written} | {error: string};

/** Writes `bytes` to `path` all at once: a reader sees the old file or the new one, never half of it. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), {recursive: true});
  const temporary = `${path}.wm-${process.pid}-${threadId}`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, {force: true});
  }
}

/** Every output of the registry, in its order (a route's outputs in the order of its parameters). */
function jobsOf(shared: Shared, loaders: readonly LoaderOutputs[]): Job[] {
  return loaders.flatMap((loader) =>
    loader.params ? loader.params(shared).map((param) => ({loader, param})) : [{loader}]
  );
}

/** Makes and writes one output. */
async function runJob(
  {loader, param}: Job,
  shared: Shared,
  {cache, deferred}: Pick<GenerateOptions, "cache" | "deferred">,
  log: (line: string) => void
): Promise<Written> {
  const target = targetOf(loader.loader, param);
  let output = await loader.produce(shared, param, (message) => log(`[${target}] ${message}`));
  if (deferred && target.endsWith(".md") && typeof output === "string") {
    const page = deferMarkup(output, target);
    output = page.markdown;
    if (page.parts.length)
      writeAtomically(deferredPartsFile(deferred, target), Buffer.from(JSON.stringify(page.parts)));
  }
  writeAtomically(join(cache, target), outputBytes(output));
  return {loader: loader.loader, target};
}

/** Runs every `count`-th job from the `index`-th, reporting each output written. */
async function runShare(
  task: Omit<WorkerTask, "generateOutputs">,
  loaders: readonly LoaderOutputs[],
  report: (message: WorkerMessage) => void
): Promise<void> {
  const shared = sharedInputs(new Sources(task.sourcesDir), task.root);
  const log = (line: string) => report({log: line});
  const jobs = jobsOf(shared, loaders).filter((_, i) => i % task.count === task.index);
  if (task.index === 0) policeReport(shared).forEach(log);
  let family: {loader: string; started: number; outputs: number} | undefined;
  const done = () => family && log(`${family.loader}: ${family.outputs} outputs in ${seconds(family.started)}`);
  for (const job of jobs) {
    if (family?.loader !== job.loader.loader) {
      done();
      family = {loader: job.loader.loader, started: performance.now(), outputs: 0};
    }
    report({written: await runJob(job, shared, task, log)});
    family.outputs++;
  }
  done();
}

/** How often the build reports how many outputs are written. */
const PROGRESS_EVERY = 50;

/**
 * Writes every registered loader's outputs into Framework's cache before Framework builds: each
 * thread reads the sources and joins the data once, then makes its share of the outputs (the risk
 * index, stories and ward profiles made once per thread). Framework then finds each output fresh
 * (it reuses a cached output whose mtime is at least its loader's) and runs no loader itself.
 * Returns the outputs written, by path in the cache.
 */
export async function generateOutputs({
  log,
  loaders = LOADERS,
  workers = 1,
  ...task
}: GenerateOptions): Promise<Written[]> {
  const started = performance.now();
  const written: Written[] = [];
  const report = (message: WorkerMessage, prefix = "") => {
    if ("log" in message) log(`${prefix}${message.log}`);
    else if ("written" in message) {
      written.push(message.written);
      if (written.length % PROGRESS_EVERY === 0) log(`${written.length} outputs written`);
    } else throw Object.assign(new Error(message.error), {name: "GenerationError"});
  };
  if (workers <= 1) await runShare({...task, index: 0, count: 1}, loaders, report);
  else {
    if (loaders !== LOADERS) throw new Error("generateOutputs: worker threads use the registry, LOADERS");
    await Promise.all(
      Array.from({length: workers}, (_, index) =>
        runWorker({...task, generateOutputs: true, index, count: workers}, report)
      )
    );
  }
  log(`${written.length} outputs in ${seconds(started)}`);
  return written.sort((a, b) => (a.target < b.target ? -1 : 1));
}

/** This module again, in a worker thread, doing its share (see the end of the module). */
function runWorker(task: WorkerTask, report: (message: WorkerMessage, prefix: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // Under tsx (npm run build) a worker thread must register tsx itself to load TypeScript.
    const load = `import(${JSON.stringify(import.meta.url)})`;
    const code = import.meta.url.endsWith(".ts")
      ? `import("tsx/esm/api").then(({register}) => { register(); return ${load}; });`
      : load;
    // A larger young generation: drawing pages makes many short-lived objects (about 10% less time).
    const resourceLimits = {maxYoungGenerationSizeMb: 96};
    const worker = new Worker(code, {eval: true, workerData: task, resourceLimits});
    const prefix = `[thread ${task.index + 1}] `;
    worker.on("message", (message: WorkerMessage) => {
      try {
        report(message, prefix);
      } catch (error) {
        void worker.terminate();
        reject(error);
      }
    });
    worker.on("error", reject);
    worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${prefix}exited with ${code}`))));
  });
}

/** A source or content problem is its one-line message; anything else, its stack. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.name === "SourceError" || error.name === "ContentError" ? error.message : (error.stack ?? error.message);
}

if (!isMainThread && (workerData as Partial<WorkerTask> | null)?.generateOutputs) {
  const task = workerData as WorkerTask;
  const post = (message: WorkerMessage) => parentPort!.postMessage(message);
  await runShare(task, LOADERS, post).catch((error: unknown) => post({error: describe(error)}));
}
