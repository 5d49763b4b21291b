// Reproducibility check: two clean builds (Framework's cache cleared before each, so every data
// loader runs again) must write byte-identical sites. Lists every difference and exits 1 if any.
// Builds go to .build/repro-1 and .build/repro-2; dist/ is left alone.
// WM_CLEAN_BUILD=<folder> says that folder already holds a clean build (made right after the
// cache was cleared, as .ci/run does before npm test): it is then one of the two, and only one
// more build is made.
import {spawnSync} from "node:child_process";
import {existsSync, rmSync} from "node:fs";
import {join} from "node:path";
import {compareDirs} from "../src/lib/publish/compare.js";
import {listFiles} from "../src/lib/util/files.js";

const root = join(import.meta.dirname, "..");
const reused = process.env.WM_CLEAN_BUILD?.trim();
if (reused && !existsSync(join(root, reused, "index.html"))) {
  console.error(`[reproducible] WM_CLEAN_BUILD=${reused}, but ${join(root, reused)} holds no built site`);
  process.exit(1);
}
const outputs = reused ? [".build/repro-1"] : [".build/repro-1", ".build/repro-2"];
if (reused) console.log(`[reproducible] ${reused} is one clean build (WM_CLEAN_BUILD)`);

for (const out of outputs) {
  rmSync(join(root, "src", ".observablehq", "cache"), {recursive: true, force: true});
  console.log(`[reproducible] clean build into ${out}…`);
  const env = {...process.env, WM_DIST_DIR: out};
  const result = spawnSync(join(root, "node_modules", ".bin", "tsx"), ["scripts/build.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env
  });
  if (result.status !== 0) {
    console.error(`[reproducible] the build into ${out} failed; run npm run build to see why`);
    process.exit(1);
  }
}

const compared = reused ? [reused, ...outputs] : outputs;
const [a, b] = compared.map((out) => join(root, out));
const differences = compareDirs(a, b);
const count = listFiles(a).length;
if (differences.length) {
  console.error(
    `[reproducible] FAILED: two clean builds differ in ${differences.length} of ${count} files:\n` +
      `  ${differences.join("\n  ")}\nCompare them with: diff -r ${compared.join(" ")}`
  );
  process.exit(1);
}
console.log(`[reproducible] two clean builds are identical: ${count} files, byte for byte`);
for (const out of outputs) rmSync(join(root, out), {recursive: true, force: true});
