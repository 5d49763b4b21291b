// Serves the built site (dist/) locally, as a static host would. Set WM_BASE_PATH to serve it
// under a sub-path, matching the value used for the build.
import {join} from "node:path";
import {serveStatic} from "../src/lib/publish/serve.js";

const dir = join(import.meta.dirname, "..", process.env.WM_DIST_DIR ?? "dist");
const base = process.env.WM_BASE_PATH ?? "/";
const port = Number(process.env.PORT ?? 3000);
const {url} = await serveStatic(dir, {base, port});
console.log(`Serving ${dir} at ${url} (Ctrl-C to stop)`);
