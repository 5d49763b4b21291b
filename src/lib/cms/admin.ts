// The CMS's page, /admin/: Decap CMS's own bundle from cms/node_modules (never a CDN; install.ts), the project's
// formats (src/components/cmsAdmin.ts, bundled here), the configuration made from the schemas (config.ts),
// and the page's own Content-Security-Policy, which differs from the site's: Decap needs to talk to
// its backend and runs code that the public pages' policy forbids.
import {appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {buildSync} from "esbuild";
import {stringify} from "yaml";
import {html} from "../render/html.js";
import type {CmsChoices} from "./choices.js";
import {cmsConfig, cmsFormats, STORY_PICKER, type CmsBackend} from "./config.js";
import {cmsPackageFile} from "./install.js";

/** The CMS's folder in the site, under the base path. */
export const ADMIN_FOLDER = "admin";

/** What each backend's API is reached at, for the policy's connect-src. */
function backendOrigins(backend: CmsBackend): string[] {
  if (backend.name === "local") return [new URL(backend.url).origin];
  const api = backend.apiRoot ?? (backend.name === "github" ? "https://api.github.com" : "https://gitlab.com");
  const origins = [new URL(api).origin];
  if (backend.baseUrl) origins.push(new URL(backend.baseUrl).origin);
  return [...new Set(origins)];
}

/**
 * The admin page's policy. Beyond the site's: 'unsafe-eval' and 'wasm-unsafe-eval' because Decap
 * compiles its configuration's validators and parses Markdown with WebAssembly at run time, blob:
 * images for pictures being uploaded, and the backend's API. Nothing else may load or be framed.
 */
export function adminContentSecurityPolicy(backend: CmsBackend, {header = false} = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${backendOrigins(backend).join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(header ? ["frame-ancestors 'none'"] : [])
  ].join("; ");
}

/** The page: its policy first, then the project's script (it starts Decap: cmsAdmin.ts), then Decap's bundle. */
export function adminPage(backend: CmsBackend): string {
  return `<!doctype html>\n${html`<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${adminContentSecurityPolicy(backend)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Edit the stories | West Midlands story maps</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="formats.js"></script>
<script src="decap-cms.js"></script>
</body>
</html>`}\n`;
}

/** The formats' script, bundled with what it imports (the yaml parser). */
export function formatsScript(): string {
  const result = buildSync({
    // Browser code, so it lives with the components; bundled here, not imported.
    entryPoints: [join(import.meta.dirname, "..", "..", "components", "cmsAdmin.ts")],
    bundle: true,
    format: "iife",
    target: "es2022",
    minify: true,
    write: false,
    define: {WM_CMS_FORMATS: JSON.stringify(cmsFormats()), WM_CMS_STORY_PICKER: JSON.stringify(STORY_PICKER)},
    legalComments: "none"
  });
  return result.outputFiles[0].text;
}

export interface AdminFile {
  type: string;
  body: () => string | Buffer;
}

const TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  wasm: "application/wasm",
  txt: "text/plain; charset=utf-8"
};

/**
 * Every file of /admin/, by name: the page, the configuration and the formats (made on each read,
 * so the dev server follows the schemas and lookups), and Decap's bundle with its lazily loaded
 * parts and licence. Source maps are left out.
 */
export function adminFiles(backend: CmsBackend, choices: () => CmsChoices): Map<string, AdminFile> {
  const files = new Map<string, AdminFile>([
    ["index.html", {type: "text/html; charset=utf-8", body: () => adminPage(backend)}],
    ["config.yml", {type: "text/yaml; charset=utf-8", body: () => stringify(cmsConfig(backend, choices()))}],
    ["formats.js", {type: TYPES.js, body: formatsScript}]
  ]);
  let decapDist: string;
  try {
    decapDist = dirname(cmsPackageFile("decap-cms/dist/decap-cms.js"));
  } catch (error) {
    // npm run dev without the CMS installed: /admin/ says how to get it (serveAdmin shows the error).
    const missing = (): never => {
      throw error;
    };
    return new Map([["index.html", {type: TYPES.txt, body: missing}]]);
  }
  for (const name of readdirSync(decapDist)) {
    if (/^(\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name))
      files.set(name, {type: TYPES[name.split(".").pop()!], body: () => readFileSync(join(decapDist, name))});
  }
  return files;
}

/**
 * Writes /admin/ into a built site, for the hosted backend the publisher chose, and its policy into
 * the host's _headers (admin/ and admin/index.html, like a page's). Run last, so no check of the
 * public pages (links, drafts, budgets) sees it. Returns the number of files written.
 */
export function writeAdmin(dist: string, base: string, backend: CmsBackend, choices: () => CmsChoices): number {
  const folder = join(dist, ADMIN_FOLDER);
  mkdirSync(folder, {recursive: true});
  const files = adminFiles(backend, choices);
  for (const [name, file] of files) writeFileSync(join(folder, name), file.body());
  const policy = adminContentSecurityPolicy(backend, {header: true});
  const paths = [`${base}${ADMIN_FOLDER}/`, `${base}${ADMIN_FOLDER}/index.html`];
  appendFileSync(join(dist, "_headers"), paths.map((p) => `\n${p}\n  Content-Security-Policy: ${policy}\n`).join(""));
  return files.size;
}
