import {createReadStream, existsSync, readFileSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {extname, join, normalize} from "node:path";
import {headersFor, parseHeadersFile, type HeaderRule} from "./hostHeaders.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".topojson": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".woff2": "font/woff2",
  ".parquet": "application/vnd.apache.parquet",
  ".arrow": "application/vnd.apache.arrow.file"
};

/** Files the hosts read as configuration and never serve. */
const HOST_FILES = ["/_headers", "/_redirects"];

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/**
 * The file a decoded URL path under `base` stands for in `dir`, as static hosts map it (the file
 * itself, clean URLs, a folder's index.html), or null. The folder of `index.html` when the path
 * names a folder without its trailing slash: hosts redirect those (see `answer`).
 */
function staticFile(dir: string, base: string, path: string): {file: string; folder: boolean} | null {
  if (!`${path}/`.startsWith(base)) return null;
  const local = normalize("/" + path.slice(base.length));
  if (local.includes("..") || HOST_FILES.includes(local)) return null;
  const target = join(dir, local);
  for (const candidate of [target, `${target}.html`]) if (isFile(candidate)) return {file: candidate, folder: false};
  const index = join(target, "index.html");
  return isFile(index) ? {file: index, folder: !path.endsWith("/")} : null;
}

/** Maps a URL path under `base` to a file in `dir`, as static hosts do (clean URLs, index.html). */
export function resolveStaticPath(dir: string, base: string, urlPath: string): string | null {
  try {
    return staticFile(dir, base, decodeURIComponent(urlPath.split("?")[0]))?.file ?? null;
  } catch {
    return null; // a malformed URL names no file
  }
}

/** What the server sends for one request. */
export type Answer =
  | {status: 200 | 404; file: string; headers: Record<string, string>}
  | {status: 301; location: string}
  | {status: 400 | 404; text: string};

/**
 * The answer to a request for `url`, as Netlify and Cloudflare Pages give it: a malformed URL is a
 * bad request; a folder without its trailing slash redirects to it (so the page's relative links
 * work); a file gets its content type and the headers `_headers` sets for the path; anything else
 * gets the site's 404.html with status 404.
 */
export function answer(dir: string, base: string, url: string, rules: readonly HeaderRule[] = []): Answer {
  const [rawPath, query] = url.split(/\?(.*)/s);
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return {status: 400, text: "Bad request: the URL is not valid percent-encoding"};
  }
  const found = staticFile(dir, base, path);
  if (found?.folder) return {status: 301, location: `${rawPath}/${query === undefined ? "" : `?${query}`}`};
  const notFound = join(dir, "404.html");
  const file = found?.file ?? (isFile(notFound) ? notFound : null);
  if (!file) return {status: 404, text: "Not found"};
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  return {status: found ? 200 : 404, file, headers: {...headersFor(rules, path), "content-type": type}};
}

/** The rules of the site's `_headers`, read again when a build replaces the file. */
function headerRules(dir: string): () => HeaderRule[] {
  let read: {mtimeMs: number; rules: HeaderRule[]} | undefined;
  return () => {
    const path = join(dir, "_headers");
    if (!isFile(path)) return [];
    const {mtimeMs} = statSync(path);
    if (read?.mtimeMs !== mtimeMs) read = {mtimeMs, rules: parseHeadersFile(readFileSync(path, "utf8"))};
    return read.rules;
  };
}

/**
 * A static file server for a built site, like the static hosts in docs/publishing.md: clean URLs,
 * index.html, folders redirected to their trailing slash, the headers of the site's `_headers`
 * (so a local check sees the real CSP header), the site's 404.html for unknown paths, and the site
 * mounted at `base` (e.g. "/story-maps/"). No request can stop it: a bad one gets a 4xx or 500.
 */
export function serveStatic(
  dir: string,
  options: {base?: string; port?: number; host?: string} = {}
): Promise<{server: Server; url: string}> {
  const base = options.base ?? "/";
  const rules = headerRules(dir);
  const server = createServer((request, response) => {
    try {
      const sent = answer(dir, base, request.url ?? "/", rules());
      if ("location" in sent) response.writeHead(sent.status, {location: sent.location}).end();
      else if ("text" in sent) response.writeHead(sent.status, {"content-type": "text/plain"}).end(sent.text);
      else {
        response.writeHead(sent.status, sent.headers);
        createReadStream(sent.file)
          .on("error", () => response.destroy())
          .pipe(response);
      }
    } catch (error) {
      if (!response.headersSent) response.writeHead(500, {"content-type": "text/plain"});
      response.end(`Server error: ${(error as Error).message}`);
    }
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      resolve({server, url: `http://${options.host ?? "127.0.0.1"}:${port}${base}`});
    });
  });
}
