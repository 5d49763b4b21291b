// npm run dev: Framework's preview server with draft stories included, kept in step with the
// editors' files. Framework reruns a loader only when the loader file changes, so when anything
// under content/ changes this touches the loaders that read it (marked `content` in LOADERS,
// src/lib/loader/outputs.ts): their pages reload with the edit. The loaders ask this process's warm
// renderer for their output (src/lib/loader/preview.ts), so an edit does not load the code and the
// sources again: it only re-renders the page. The CMS is at /admin/ of the same address
// (src/lib/cms/server.ts), saving through npm run edit's local backend.
import {spawn} from "node:child_process";
import {rmSync, utimesSync, watch} from "node:fs";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {adminFiles} from "../src/lib/cms/admin.js";
import {cmsChoices} from "../src/lib/cms/choices.js";
import {LOCAL_BACKEND_PORT, localBackend} from "../src/lib/cms/options.js";
import {adminFront, freePort} from "../src/lib/cms/server.js";
import {cachedOutputs, LOADERS} from "../src/lib/loader/outputs.js";
import {editedStories, refreshEditedPages, RENDERER_ENV, startPreviewRenderer} from "../src/lib/loader/preview.js";
import {PREVIEW_ENV} from "../src/lib/loader/previewCache.js";
import {resolveSourcesDir, Sources} from "../src/lib/sources/index.js";
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

// Framework's preview listens on a port of its own behind the front, which serves /admin/ and passes
// everything else on (pages, files, the live-reload socket).
const {values: address} = parseArgs({
  options: {port: {type: "string", default: "3000"}, host: {type: "string", default: "127.0.0.1"}}
});
const upstream = {host: "127.0.0.1", port: await freePort()};
const cmsPort = Number(process.env.WM_CMS_LOCAL_PORT ?? LOCAL_BACKEND_PORT);
const front = adminFront(
  adminFiles(localBackend(cmsPort), () => cmsChoices(new Sources(resolveSourcesDir(root)))),
  upstream
);
front.listen(Number(address.port), String(address.host), () =>
  console.log(
    `Preview: http://${address.host}:${address.port}/ — the CMS: http://${address.host}:${address.port}/admin/`
  )
);
const framework = ["preview", "--no-open", "--host", upstream.host, "--port", String(upstream.port)];
const server = spawn(join(root, "node_modules", ".bin", "observable"), framework, {
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

// An edit re-renders the edited stories' pages here at once; the other outputs that read content/
// are made again when next asked for. 150 ms gathers the several events one save makes.
let timer: NodeJS.Timeout | undefined;
const edited = new Set<string>();
watch(join(root, "content"), {recursive: true}, (_, file) => {
  if (file) edited.add(String(file));
  clearTimeout(timer);
  timer = setTimeout(async () => {
    const slugs = editedStories(edited);
    edited.clear();
    try {
      await refreshEditedPages(root, cache, slugs, readingContent, (message) => console.log(`[preview] ${message}`));
    } catch (error) {
      // The loaders then make every output again themselves.
      console.error((error as Error).stack ?? error);
      const now = new Date();
      for (const loader of readingContent) utimesSync(join(root, "src", loader), now, now);
    }
    console.log("content changed: pages that read it are made again");
  }, 150);
});
