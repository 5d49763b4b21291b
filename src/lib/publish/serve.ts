import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {extname, join, normalize} from "node:path";

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

/** Maps a URL path under `base` to a file in `dir`, as static hosts do (clean URLs, index.html). */
export function resolveStaticPath(dir: string, base: string, urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split("?")[0]);
  if (!path.startsWith(base)) return null;
  const local = normalize("/" + path.slice(base.length));
  if (local.includes("..")) return null;
  const target = join(dir, local);
  for (const candidate of [target, `${target}.html`, join(target, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/**
 * A static file server for a built site, like an ordinary static host: clean URLs, index.html,
 * the site's 404.html for unknown paths, and the site mounted at `base` (e.g. "/story-maps/").
 */
export function serveStatic(
  dir: string,
  options: {base?: string; port?: number; host?: string} = {}
): Promise<{server: Server; url: string}> {
  const base = options.base ?? "/";
  const server = createServer((request, response) => {
    const file = resolveStaticPath(dir, base, request.url ?? "/");
    const notFound = join(dir, "404.html");
    const path = file ?? (existsSync(notFound) ? notFound : null);
    if (!path) {
      response.writeHead(404, {"content-type": "text/plain"}).end("Not found");
      return;
    }
    response.writeHead(file ? 200 : 404, {"content-type": TYPES[extname(path)] ?? "application/octet-stream"});
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      resolve({server, url: `http://${options.host ?? "127.0.0.1"}:${port}${base}`});
    });
  });
}
