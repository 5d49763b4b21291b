// Reproducibility check: two clean builds (Framework's cache cleared before each, so every data
// loader runs again) must write byte-identical sites. Lists every difference and exits 1 if any.
// Builds go to .build/repro-1 and .build/repro-2; dist/ is left alone.
import {spawnSync} from "node:child_process";
import {rmSync} from "node:fs";
import {join} from "node:path";
import {compareDirs} from "../src/lib/publish/compare.js";
import {listFiles} from "../src/lib/util/files.js";

const root = join(import.meta.dirname, "..");
const outputs = [".build/repro-1", ".build/repro-2"];

for (const out of outputs) {
  rmSync(join(root, "src", ".observablehq", "cache"), {recursive: true, force: true});
  console.log(`[reproducible] clean build into ${out}…`);
  const result = spawnSync(join(root, "node_modules", ".bin", "tsx"), ["scripts/build.ts"], {cwd: root, stdio: ["ignore", "ignore", "inherit"], env: {...process.env, WM_DIST_DIR: out}});
  if (result.status !== 0) {
    console.error(`[reproducible] the build into ${out} failed; run npm run build to see why`);
    process.exit(1);
  }
}

const [a, b] = outputs.map((out) => join(root, out));
const differences = compareDirs(a, b);
const count = listFiles(a).length;
if (differences.length) {
  console.error(`[reproducible] FAILED: two clean builds differ in ${differences.length} of ${count} files:\n  ${differences.join("\n  ")}\nCompare them with: diff -r ${outputs.join(" ")}`);
  process.exit(1);
}
console.log(`[reproducible] two clean builds are identical: ${count} files, byte for byte`);
for (const out of outputs) rmSync(join(root, out), {recursive: true, force: true});
