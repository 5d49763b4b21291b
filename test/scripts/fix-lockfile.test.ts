import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {addMissingOptionals, platformOf} from "../../scripts/fix-lockfile.js";

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
    const lock = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package-lock.json"), "utf8"));
    expect(addMissingOptionals(lock)).toEqual([]);
  });
});
