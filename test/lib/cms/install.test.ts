import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cmsInstalled, cmsPackageFile} from "../../../src/lib/cms/install.js";

/** A CMS package folder pinning two packages, with `installed` of them in node_modules. */
function folder(installed: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "wm-cms-install-"));
  const pin = {"decap-cms": "3.16.3", "decap-server": "3.11.3"};
  writeFileSync(join(dir, "package.json"), JSON.stringify({name: "cms", dependencies: pin}));
  for (const [name, version] of Object.entries(installed)) {
    mkdirSync(join(dir, "node_modules", name, "dist"), {recursive: true});
    writeFileSync(join(dir, "node_modules", name, "package.json"), JSON.stringify({name, version, main: "dist/x.js"}));
    writeFileSync(join(dir, "node_modules", name, "dist", "x.js"), "");
  }
  return dir;
}

describe("the CMS's packages, installed on first use", () => {
  it("counts as installed only with every pinned package at its pinned version", () => {
    expect(cmsInstalled(folder({}))).toBe(false);
    expect(cmsInstalled(folder({"decap-cms": "3.16.3"}))).toBe(false);
    expect(cmsInstalled(folder({"decap-cms": "3.16.3", "decap-server": "3.11.2"}))).toBe(false);
    expect(cmsInstalled(folder({"decap-cms": "3.16.3", "decap-server": "3.11.3"}))).toBe(true);
  });

  it("finds a package's file once installed, and otherwise says how to install it", () => {
    const installed = folder({"decap-cms": "3.16.3", "decap-server": "3.11.3"});
    expect(cmsPackageFile("decap-server/dist/x.js", installed)).toBe(
      join(installed, "node_modules", "decap-server", "dist", "x.js")
    );
    expect(() => cmsPackageFile("decap-server/dist/x.js", folder({}))).toThrow(/not installed.*npm run edit/);
  });
});
