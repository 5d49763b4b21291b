import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {addIntegrity, addMissingOptionals, entriesWithoutIntegrity, platformOf} from "../../scripts/fix-lockfile.js";

const ROOT = join(import.meta.dirname, "..", "..");
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), "utf8"));

describe("fix-lockfile", () => {
  it("reads os, cpu and libc from platform package names", () => {
    expect(platformOf("@rollup/rollup-linux-x64-musl")).toEqual({os: "linux", cpu: "x64", libc: "musl"});
    expect(platformOf("@rollup/rollup-linux-arm-gnueabihf")).toEqual({os: "linux", cpu: "arm", libc: "glibc"});
    expect(platformOf("@rollup/rollup-win32-ia32-msvc")).toEqual({os: "win32", cpu: "ia32"});
    expect(platformOf("left-pad")).toBeNull();
  });

  it("adds missing optional platform entries and refuses anything else", () => {
    const lock = {
      packages: {
        "": {},
        "node_modules/rollup": {version: "4.0.0", optionalDependencies: {"@rollup/rollup-darwin-arm64": "4.0.0"}}
      }
    };
    expect(addMissingOptionals(lock)).toEqual(["@rollup/rollup-darwin-arm64@4.0.0"]);
    expect(lock.packages).toHaveProperty(["node_modules/@rollup/rollup-darwin-arm64"], {
      version: "4.0.0",
      optional: true,
      os: ["darwin"],
      cpu: ["arm64"]
    });
    expect(() =>
      addMissingOptionals({packages: {"node_modules/x": {optionalDependencies: {fsevents: "2.0.0"}}}})
    ).toThrow(/fsevents@2.0.0 .* is not a platform package/);
  });

  it("the committed package-lock.json lists every optional dependency, so npm ci accepts it", () => {
    expect(addMissingOptionals(readJson("package-lock.json"))).toEqual([]);
  });

  it("adds the registry's integrity hash where npm downloads a package without one", () => {
    const lock = {
      packages: {
        "": {},
        "node_modules/a": {version: "1.0.0", integrity: "sha512-a"},
        "node_modules/@rollup/rollup-win32-x64-msvc": {version: "4.0.0", optional: true, os: ["win32"]},
        "node_modules/b/node_modules/c": {version: "2.0.0", inBundle: true},
        "node_modules/local": {link: true}
      }
    };
    expect(addIntegrity(lock, (spec) => `sha512-of-${spec}`)).toEqual(["@rollup/rollup-win32-x64-msvc@4.0.0"]);
    expect(Object.entries(lock.packages["node_modules/@rollup/rollup-win32-x64-msvc"])).toEqual([
      ["version", "4.0.0"],
      ["integrity", "sha512-of-@rollup/rollup-win32-x64-msvc@4.0.0"],
      ["optional", true],
      ["os", ["win32"]]
    ]);
  });
});

describe("supply chain", () => {
  it("every package npm ci downloads has an integrity hash in package-lock.json (bundled ones: their parent's)", () => {
    expect([...entriesWithoutIntegrity(readJson("package-lock.json")).values()]).toEqual([]);
  });

  it("package.json pins every dependency to one version, with no ^ or ~ range", () => {
    const pkg = readJson("package.json");
    const specs = ["dependencies", "devDependencies", "overrides"].flatMap((field) =>
      Object.entries(pkg[field] ?? {}).map(([name, spec]) => `${name}@${spec}`)
    );
    expect(specs.filter((spec) => !/@\d+\.\d+\.\d+$/.test(spec))).toEqual([]);
  });
});
