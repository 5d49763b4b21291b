// The dev server's preview: what makes an edit show quickly, and what it shows when a page fails.
import {existsSync, renameSync, utimesSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {createServer} from "node:http";
import type {AddressInfo} from "node:net";
import {ContentError} from "../content/problems.js";
import {problemsPageMarkdown} from "../render/problemsPage.js";
import {codeFingerprint, isPreview} from "./previewCache.js";
import {targetOf} from "./targets.js";

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
  return problemsPageMarkdown(page, error instanceof ContentError ? error.problems : []);
}

/** The address of the dev server's warm renderer, given to the loaders it starts. */
export const RENDERER_ENV = "WM_PREVIEW_RENDERER";

type Log = (message: string) => void;

/**
 * The warm renderer of the dev server (scripts/dev.ts): one process that keeps the code, the
 * libraries and the parsed sources loaded, and makes a loader's output when the loader asks, so an
 * edit shows without a new process loading them all again. It refuses (409) once the code has
 * changed since it started: the loader then makes its output itself, with the new code.
 */
export async function startPreviewRenderer(root: string, log: Log): Promise<{url: string; close: () => void}> {
  const code = codeFingerprint(root);
  const produce = import("./produce.js");
  const server = createServer((request, response) => {
    const query = new URL(request.url ?? "/", "http://localhost").searchParams;
    const loader = query.get("loader") ?? "";
    const param = query.get("param") ?? undefined;
    if (codeFingerprint(root) !== code) {
      response.writeHead(409).end("the code has changed since the dev server started");
      return;
    }
    const started = performance.now();
    const say: Log = (message) => log(`[${targetOf(loader, param)}] ${message}`);
    produce
      .then(({produceOutput}) => produceOutput(root, loader, param, say))
      .then((bytes) => {
        say(`made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        response.writeHead(200).end(bytes);
      })
      .catch((error: unknown) => {
        const page = previewOfFailure(targetOf(loader, param), error);
        if (page === undefined) say(String((error as Error).stack ?? error));
        response.writeHead(page === undefined ? 500 : 200).end(page ?? "the output could not be made");
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as AddressInfo;
  return {url: `http://127.0.0.1:${port}/`, close: () => server.close()};
}

/**
 * The output as the dev server's warm renderer made it, or undefined when there is none (outside
 * the dev server), it refused, or it could not be reached: the loader then makes the output itself.
 */
export async function renderedByPreview(
  loader: string,
  param: string | undefined,
  log: Log,
  env: Record<string, string | undefined> = process.env
): Promise<Buffer | undefined> {
  const address = env[RENDERER_ENV];
  if (!address || !isPreview(env)) return undefined;
  const url = new URL(address);
  url.searchParams.set("loader", loader);
  if (param !== undefined) url.searchParams.set("param", param);
  try {
    const response = await fetch(url);
    if (response.ok) return Buffer.from(await response.arrayBuffer());
    log(`the dev server's renderer did not make it (${response.status}): making it here`);
  } catch {
    log("the dev server's renderer cannot be reached: making it here");
  }
  return undefined;
}

/** The story folders an edit under content/ touched, from fs.watch's file names ("stories/<slug>/steps.md"). */
export function editedStories(paths: Iterable<string>): string[] {
  const slugs = [...paths].map((path) => /^stories[/\\]([^/\\]+)/.exec(path)?.[1]);
  return [...new Set(slugs.filter((slug): slug is string => !!slug))].sort();
}

const STORY_PAGE_LOADER = "stories/[slug].md.ts";

/**
 * After an edit to stories' content: each of their pages that the dev server has shown (it is in
 * Framework's cache) is made again here, in the warm process, and written into the cache; then every
 * loader in `loaders` is marked changed, the pages a second later. Framework finds the pages fresh
 * and reloads them at once, with no loader process; it reruns the loaders of its other outputs when
 * they are next asked for. Returns the pages made.
 */
export async function refreshEditedPages(
  root: string,
  cache: string,
  slugs: readonly string[],
  loaders: readonly string[],
  log: Log
): Promise<string[]> {
  const {produceOutput} = await import("./produce.js");
  const made: string[] = [];
  for (const slug of slugs) {
    const target = targetOf(STORY_PAGE_LOADER, slug);
    const file = join(cache, target);
    if (!existsSync(file)) continue;
    const started = performance.now();
    const say: Log = (message) => log(`[${target}] ${message}`);
    const bytes = await produceOutput(root, STORY_PAGE_LOADER, slug, say).catch((error: unknown) => {
      const page = previewOfFailure(target, error);
      if (page === undefined) throw error;
      return page;
    });
    const temporary = `${file}.${process.pid}`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
    made.push(file);
    say(`made again in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  // Framework takes an output as fresh when it is no older than its loader.
  const now = new Date();
  const later = new Date(now.getTime() + 1000);
  for (const file of made) utimesSync(file, later, later);
  for (const loader of loaders) utimesSync(join(root, "src", loader), now, now);
  return made;
}
