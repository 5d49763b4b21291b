// Compares two built sites (a refactor must change no output):
//   tsx scripts/compare-dist.ts <before> [after = dist]                  byte for byte
//   tsx scripts/compare-dist.ts --modulo-format <before> [after = dist]
//   tsx scripts/compare-dist.ts --modulo-serialisation <before> [after = dist]
// --modulo-format is for a change that only reformats source code: Framework ships the browser
// modules as esbuild writes them, keeping the source's line breaks, so their bytes and content hashes
// (and the pages and CSP hashes that name them) change. Those modules are compared after esbuild
// minifies both sides, and hashes are masked; every other byte must still match.
// --modulo-serialisation is for a change of the server-side DOM figures are drawn in: pages are
// compared as the DOM a browser builds from them (src/lib/publish/compare.ts canonicalHtml), so
// attribute order, style spacing and entity choices do not count; every other file must match.
import {readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {transformSync} from "esbuild";
import {compareDirs, compareDirsModuloSerialisation} from "../src/lib/publish/compare.js";
import {listFiles} from "../src/lib/util/files.js";

const args = process.argv.slice(2);
const mode = args[0]?.startsWith("--") ? args.shift() : undefined;
const moduloFormat = mode === "--modulo-format";
const moduloSerialisation = mode === "--modulo-serialisation";
const [before, after = "dist"] = args;
if (!before || (mode && !moduloFormat && !moduloSerialisation)) {
  console.error(
    "usage: tsx scripts/compare-dist.ts [--modulo-format | --modulo-serialisation] <before> [after = dist]"
  );
  process.exit(2);
}
const root = resolve(import.meta.dirname, "..");
const [a, b] = [resolve(root, before), resolve(root, after)];
const differences = moduloFormat
  ? differencesBeyondFormat(a, b)
  : moduloSerialisation
    ? compareDirsModuloSerialisation(a, b)
    : compareDirs(a, b);
if (differences.length) {
  console.error(`${before} and ${after} differ in ${differences.length} files:\n  ${differences.join("\n  ")}`);
  process.exit(1);
}
console.log(
  `${before} and ${after} are identical, ${
    moduloFormat
      ? "but for the format of shipped modules"
      : moduloSerialisation
        ? "as the pages' DOM a browser builds"
        : "byte for byte"
  }`
);

function differencesBeyondFormat(a: string, b: string): string[] {
  const unhash = (text: string) =>
    text.replace(/\.[0-9a-f]{8}\.(js|css)\b/g, ".$1").replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-…'");
  const normal = (dir: string, file: string) => {
    const text = readFileSync(join(dir, file), "utf8");
    const isModule = file.endsWith(".js") && file.startsWith("_import/");
    return unhash(isModule ? transformSync(text, {minify: true, format: "esm"}).code : text);
  };
  const filesA = new Map(listFiles(a).map((f) => [unhash(f), f]));
  const filesB = new Map(listFiles(b).map((f) => [unhash(f), f]));
  const differences: string[] = [];
  for (const [key, fa] of filesA) {
    const fb = filesB.get(key);
    if (!fb) differences.push(`only in the first build: ${fa}`);
    else if (!readFileSync(join(a, fa)).equals(readFileSync(join(b, fb))) && normal(a, fa) !== normal(b, fb)) {
      differences.push(`different beyond formatting: ${fa}`);
    }
  }
  for (const [key, fb] of filesB) if (!filesA.has(key)) differences.push(`only in the second build: ${fb}`);
  return differences;
}
