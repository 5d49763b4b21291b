// npm run dev: Framework's preview server with draft stories included, kept in step with the
// editors' files. Framework reruns a loader only when the loader file changes, so when anything
// under content/ changes this touches the loaders that read it (marked `content` in LOADERS,
// src/lib/loader/outputs.ts): their pages reload with the edit. The loaders ask this process's warm
// renderer for their output (src/lib/loader/preview.ts), so an edit does not load the code and the
// sources again: it only re-renders the page.
import {spawn} from "node:child_process";
import {rmSync, utimesSync, watch} from "node:fs";
import {join} from "node:path";
import {cachedOutputs, LOADERS} from "../src/lib/loader/outputs.js";
import {PREVIEW_ENV, RENDERER_ENV, startPreviewRenderer} from "../src/lib/loader/preview.js";
import {DRAFTS_ENV} from "../src/lib/stories/drafts.js";

const root = join(import.meta.dirname, "..");
const cache = join(root, "src", ".observablehq", "cache");
const readingContent = LOADERS.filter((l) => l.content).map((l) => l.loader);
// Start from fresh outputs where a production build's differ: its outputs that read content/ have no
// drafts, and its pages have placeholders for the parts it keeps beside them (src/lib/render/deferred.ts).
const pages = LOADERS.filter((l) => /\.md\.ts$/.test(l.loader)).map((l) => l.loader);
for (const loader of new Set([...readingContent, ...pages]))
  for (const output of cachedOutputs(cache, loader)) rmSync(join(cache, output), {force: true});

// The renderer makes the outputs as the loaders would: drafts included, failures shown on the page.
process.env[DRAFTS_ENV] = "true";
process.env[PREVIEW_ENV] = "true";
const renderer = await startPreviewRenderer(root, (message) => console.log(`[preview] ${message}`));

const server = spawn(join(root, "node_modules", ".bin", "observable"), ["preview", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    [RENDERER_ENV]: renderer.url,
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    PATH: `${join(root, "node_modules", ".bin")}:${process.env.PATH}`
  }
});
server.on("exit", (code) => {
  renderer.close();
  process.exit(code ?? 0);
});

let timer: NodeJS.Timeout | undefined;
watch(join(root, "content"), {recursive: true}, () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const now = new Date();
    for (const loader of readingContent) utimesSync(join(root, "src", loader), now, now);
    console.log("content changed: story pages will be rebuilt on the next load");
  }, 300);
});
