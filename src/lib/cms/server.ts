// The dev server's front: /admin/ from the CMS's files, everything else passed to Framework's
// preview server (pages, files and its live-reload socket), so the CMS and the preview share one
// address, as they will on the host.
import {createServer, request, type IncomingMessage, type Server, type ServerResponse} from "node:http";
import {connect, type AddressInfo} from "node:net";
import {ADMIN_FOLDER, type AdminFile} from "./admin.js";

/** Answers a request for /admin/…; false when the path is not the CMS's. */
export function serveAdmin(files: Map<string, AdminFile>, req: IncomingMessage, res: ServerResponse): boolean {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  const prefix = `/${ADMIN_FOLDER}`;
  if (path !== prefix && !path.startsWith(`${prefix}/`)) return false;
  if (path === prefix) {
    res.writeHead(301, {location: `${prefix}/`}).end();
    return true;
  }
  const file = files.get(path.slice(prefix.length + 1) || "index.html");
  if (!file) {
    res.writeHead(404, {"content-type": "text/plain; charset=utf-8"}).end("Not found");
    return true;
  }
  try {
    res.writeHead(200, {"content-type": file.type, "cache-control": "no-store"}).end(file.body());
  } catch (error) {
    // A configuration that cannot be made (sources missing) is said in the browser, not only the terminal.
    res.writeHead(500, {"content-type": "text/plain; charset=utf-8"}).end(String((error as Error).message));
  }
  return true;
}

/** A server for /admin/ that passes every other request, websockets included, to `upstream` (host:port). */
export function adminFront(files: Map<string, AdminFile>, upstream?: {host: string; port: number}): Server {
  const server = createServer((req, res) => {
    if (serveAdmin(files, req, res)) return;
    if (!upstream) return void res.writeHead(404).end();
    const forward = request({...upstream, path: req.url, method: req.method, headers: req.headers}, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on("error", () => res.writeHead(502).end("The preview server is not answering yet: reload in a moment."));
    req.pipe(forward);
  });
  server.on("upgrade", (req, socket, head) => {
    if (!upstream) return socket.destroy();
    const target = connect(upstream.port, upstream.host, () => {
      const headers = Object.entries(req.headers).flatMap(([k, v]) =>
        (Array.isArray(v) ? v : [v]).map((x) => `${k}: ${x}`)
      );
      target.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers.join("\r\n")}\r\n\r\n`);
      target.write(head);
      socket.pipe(target).pipe(socket);
    });
    target.on("error", () => socket.destroy());
    socket.on("error", () => target.destroy());
  });
  return server;
}

/** A free port on loopback, for a server that takes its port as an option (Framework, decap-server). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const {port} = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
