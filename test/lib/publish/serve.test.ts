import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {request, type Server} from "node:http";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {headersFor, parseHeadersFile} from "../../../src/lib/publish/hostHeaders.js";
import {serveStatic} from "../../../src/lib/publish/serve.js";
import {headersFile} from "../../../src/lib/publish/site.js";

/** A page with Framework's page module, the one inline script a page may have. */
const page = (text: string) =>
  `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>${text}</title>\n` +
  '<script type="module">\n\nimport "./_observablehq/client.d10d8454.js";\n</script>\n' +
  `</head>\n<body>\n<main id="observablehq-main">${text}</main>\n</body>\n</html>\n`;

const SITE: Record<string, string> = {
  "index.html": page("home"),
  "404.html": page("not found"),
  "deprivation.html": page("deprivation"),
  "stories/index.html": page("stories"),
  "stories/aston.html": page("aston"),
  "_file/data.json": "{}"
};

describe("parseHeadersFile and headersFor", () => {
  const rules = parseHeadersFile(
    "# comment\n/*\n  X-Frame-Options: DENY\n  Link: </a.css>\n\n/stories/:slug\n  Link: </b.css>\n" +
      "/stories/\n  Cache-Control: no-cache\n/_file/*\n  Cache-Control: max-age=60\n"
  );

  it("reads each path's headers, indented under it", () => {
    expect(rules.map((r) => [r.pattern, r.headers])).toEqual([
      [
        "/*",
        [
          ["X-Frame-Options", "DENY"],
          ["Link", "</a.css>"]
        ]
      ],
      ["/stories/:slug", [["Link", "</b.css>"]]],
      ["/stories/", [["Cache-Control", "no-cache"]]],
      ["/_file/*", [["Cache-Control", "max-age=60"]]]
    ]);
  });

  it("matches * across folders and :name within one, joining a header several rules set", () => {
    expect(headersFor(rules, "/stories/aston")).toEqual({"x-frame-options": "DENY", link: "</a.css>, </b.css>"});
    expect(headersFor(rules, "/stories/")).toEqual({
      "x-frame-options": "DENY",
      link: "</a.css>",
      "cache-control": "no-cache"
    });
    expect(headersFor(rules, "/_file/x/y.json")["cache-control"]).toBe("max-age=60");
    expect(headersFor(rules, "/stories/a/b").link).toBe("</a.css>");
  });
});

describe("serveStatic", () => {
  let dir: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "wm-serve-"));
    for (const [file, content] of Object.entries(SITE)) {
      mkdirSync(join(dir, file, ".."), {recursive: true});
      writeFileSync(join(dir, file), content);
    }
    writeFileSync(join(dir, "_headers"), headersFile(dir, {base: "/maps/", siteUrl: null}));
    const site = await serveStatic(dir, {base: "/maps/"});
    server = site.server;
    port = Number(new URL(site.url).port);
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, {recursive: true, force: true});
  });

  /** GET `path` exactly as written (no URL normalisation, like curl --path-as-is). */
  const get = (path: string) =>
    new Promise<{status: number; headers: Record<string, string | string[] | undefined>; body: string}>(
      (resolve, reject) => {
        const req = request({host: "127.0.0.1", port, path}, (response) => {
          let body = "";
          response.on("data", (chunk) => (body += chunk));
          response.on("end", () => resolve({status: response.statusCode!, headers: response.headers, body}));
        });
        req.on("error", reject);
        req.end();
      }
    );

  it("answers a malformed URL with 400 and keeps serving", async () => {
    expect((await get("/%")).status).toBe(400);
    expect((await get("/maps/%E0%A4%A")).status).toBe(400);
    const home = await get("/maps/");
    expect(home.status).toBe(200);
    expect(home.body).toContain('<main id="observablehq-main">home</main>');
  });

  it("redirects a folder to its trailing slash, keeping the query, as Netlify and Cloudflare Pages do", async () => {
    expect(await get("/maps/stories?x=1")).toMatchObject({status: 301, headers: {location: "/maps/stories/?x=1"}});
    expect(await get("/maps")).toMatchObject({status: 301, headers: {location: "/maps/"}});
    expect((await get("/maps/stories/")).body).toContain(">stories</main>");
  });

  it("serves clean URLs and the 404 page, and nothing outside the base path or the hosts' own files", async () => {
    expect((await get("/maps/stories/aston")).body).toContain(">aston</main>");
    expect((await get("/maps/deprivation")).status).toBe(200);
    const missing = await get("/maps/nowhere");
    expect(missing.status).toBe(404);
    expect(missing.body).toContain(">not found</main>");
    expect((await get("/maps/_headers")).status).toBe(404);
    const traversal = await get("/maps/..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd");
    expect(traversal.status).toBe(404);
    expect(traversal.body).toContain(">not found</main>");
    expect((await get("/deprivation")).status).toBe(404);
  });

  it("sends the headers of _headers: each page's CSP and the security headers on every file", async () => {
    const aston = await get("/maps/stories/aston");
    expect(aston.headers["content-security-policy"]).toMatch(
      /^default-src 'self'; script-src 'self' 'sha256-[^']+'; .*; frame-ancestors 'self'$/
    );
    expect(aston.headers["x-content-type-options"]).toBe("nosniff");
    expect((await get("/maps/stories/")).headers["content-security-policy"]).toContain("'sha256-");
    const data = await get("/maps/_file/data.json");
    expect(data.headers).toMatchObject({"content-type": "application/json", "referrer-policy": "no-referrer"});
    expect(data.headers["content-security-policy"]).toBeUndefined();
  });
});
