// Compares two built sites byte for byte (a refactor must change no output):
//   tsx scripts/compare-dist.ts <before> [after = dist]
import {resolve} from "node:path";
import {compareDirs} from "../src/lib/publish/compare.js";

const [before, after = "dist"] = process.argv.slice(2);
if (!before) {
  console.error("usage: tsx scripts/compare-dist.ts <before> [after = dist]");
  process.exit(2);
}
const root = resolve(import.meta.dirname, "..");
const differences = compareDirs(resolve(root, before), resolve(root, after));
if (differences.length) {
  console.error(`${before} and ${after} differ in ${differences.length} files:\n  ${differences.join("\n  ")}`);
  process.exit(1);
}
console.log(`${before} and ${after} are identical, byte for byte`);
