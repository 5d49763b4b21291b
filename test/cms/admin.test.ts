// /admin/ in a built site: needs the CMS's packages (cms/, installed by this project's globalSetup).
import {mkdtempSync, readFileSync, writeFileSync, existsSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parse} from "yaml";
import {adminContentSecurityPolicy, writeAdmin} from "../../src/lib/cms/admin.js";
import {hostedBackend} from "../../src/lib/cms/options.js";
import {headersFor, parseHeadersFile} from "../../src/lib/publish/hostHeaders.js";

const CHOICES = {wards: [], wardNames: [], lsoas: []};

describe("the CMS in a built site", () => {
  it("writes /admin/ with Decap's bundle, the configuration and its own policy, page and header", () => {
    const dist = mkdtempSync(join(tmpdir(), "wm-admin-"));
    writeFileSync(join(dist, "_headers"), "/*\n  X-Content-Type-Options: nosniff\n");
    const backend = hostedBackend({WM_CMS_BACKEND: "github", WM_CMS_REPO: "vru/maps"})!;
    writeAdmin(dist, "/", backend, () => CHOICES);
    for (const file of ["index.html", "config.yml", "formats.js", "decap-cms.js"])
      expect(existsSync(join(dist, "admin", file)), file).toBe(true);
    const page = readFileSync(join(dist, "admin", "index.html"), "utf8");
    // The policy comes first in <head>, before any script (its quotes escaped as &#39;).
    const meta = /<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(
      page
    );
    expect(meta?.[1].replace(/&#39;/g, "'")).toBe(adminContentSecurityPolicy(backend));
    expect(page).not.toMatch(/https?:\/\/(?!api\.github\.com)[^"' ]+\.js/);
    const config = parse(readFileSync(join(dist, "admin", "config.yml"), "utf8"));
    expect(config).toMatchObject({backend: {name: "github", repo: "vru/maps"}, publish_mode: "editorial_workflow"});
    const headers = headersFor(parseHeadersFile(readFileSync(join(dist, "_headers"), "utf8")), "/admin/");
    expect(headers["content-security-policy"]).toBe(adminContentSecurityPolicy(backend, {header: true}));
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });
});
