// Serves the built site (dist/) locally, as a static host would. Set WM_BASE_PATH (or WM_SITE_URL)
// to serve it under a sub-path, matching the value used for the build; PORT to change the port.
import {existsSync} from "node:fs";
import {join} from "node:path";
import {publishOptions} from "../src/lib/publish/options.js";
import {serveStatic} from "../src/lib/publish/serve.js";

const dir = join(import.meta.dirname, "..", process.env.WM_DIST_DIR ?? "dist");
if (!existsSync(join(dir, "index.html"))) {
  console.error(`${dir} has no index.html — run npm run build first (with the same WM_BASE_PATH).`);
  process.exit(1);
}
const {base} = publishOptions();
const port = Number(process.env.PORT ?? 3000);
const {url} = await serveStatic(dir, {base, port});
console.log(`Serving ${dir} at ${url} (Ctrl-C to stop)`);
