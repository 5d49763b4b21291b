// Benchmark: a clean build, each data loader's time and peak memory, and the size of every page
// and data file (raw and gzip). Appends the run to bench/results.json and rewrites bench/RESULTS.md.
import {spawnSync} from "node:child_process";
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {cpus, totalmem} from "node:os";
import {join} from "node:path";
import {CLEAN_BUILD_SECONDS, FIRST_FIGURE_SLOW_4G_MS, TRANSFER_BUDGETS} from "../src/lib/publish/budgets.js";
import {siteSizes, type FileSize} from "../src/lib/publish/sizes.js";
import {measurePageKinds, type PageKindResult} from "./bench-pages.js";

const root = join(import.meta.dirname, "..");
const log = (message: string) => console.log(`[bench] ${message}`);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function cleanBuild(): number {
  rmSync(join(root, "src", ".observablehq", "cache"), {recursive: true, force: true});
  log("clean build (cache cleared)…");
  const started = performance.now();
  const result = spawnSync("npm", ["run", "build", "--silent"], {cwd: root, stdio: ["ignore", "ignore", "inherit"]});
  if (result.status !== 0) throw new Error("the build failed; run npm run build to see why");
  return (performance.now() - started) / 1000;
}

interface LoaderRun {
  loader: string;
  seconds: number;
  peakRssMiB: number;
  outputBytes: number;
}

function measureLoaders(): LoaderRun[] {
  const dir = join(root, "src", "data");
  const loaders = readdirSync(dir)
    .filter((f) => /\.\w+\.ts$/.test(f))
    .sort();
  return loaders.map((file) => {
    log(`loader ${file}…`);
    const result = spawnSync(
      join(root, "node_modules", ".bin", "tsx"),
      ["scripts/dev/measure-loader.ts", join("src", "data", file)],
      {cwd: root, maxBuffer: 1 << 30}
    );
    const line = result.stderr
      .toString()
      .split("\n")
      .find((l) => l.startsWith("BENCH "));
    if (result.status !== 0 || !line) throw new Error(`loader ${file} failed:\n${result.stderr}`);
    const report = JSON.parse(line.slice(6));
    return {loader: file, seconds: report.seconds, peakRssMiB: report.peakRssMiB, outputBytes: result.stdout.length};
  });
}

function table(rows: FileSize[]): string {
  return [
    "| file | bytes | KB gzip |",
    "|---|---:|---:|",
    ...rows.map(
      (r) => `| ${r.file.replace(/\.[0-9a-f]{8}\./, ".")} | ${r.bytes.toLocaleString("en-GB")} | ${kb(r.gzipBytes)} |`
    )
  ].join("\n");
}

const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? "unknown",
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version
};
const buildSeconds = cleanBuild();
const loaders = measureLoaders();
const sizes = siteSizes(join(root, "dist"));
log("pages in Chromium (LCP and first-view transfer)…");
const pageKinds = await measurePageKinds((message) => log(message));
const run = {
  date: new Date().toISOString(),
  machine,
  buildSeconds,
  loaders,
  pageKinds,
  pages: sizes.pages,
  data: sizes.data
};

const resultsPath = join(root, "bench", "results.json");
const history = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, "utf8")) : [];
history.push(run);
writeFileSync(resultsPath, JSON.stringify(history, null, 1) + "\n");

function pageKindsTable(rows: PageKindResult[]): string {
  const ms = (value: number | null) => (value === null ? "–" : `${value.toFixed(0)} ms`);
  return [
    "| kind | page | KB transferred | requests | LCP | LCP, slow 4G phone | first figure | " +
      "first figure, slow 4G phone |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) =>
      r.page === null
        ? `| ${r.kind} | not built yet | – | – | – | – | – | – |`
        : `| ${r.kind} | ${r.page} | ${kb(r.transferBytes ?? 0)} | ${r.requests} | ${ms(r.lcpMs)} | ` +
          `${ms(r.lcpSlow4gMs)} | ${ms(r.firstFigureMs)} | ${ms(r.firstFigureSlow4gMs)} |`
    )
  ].join("\n");
}

/** Issue 10's budgets against this run: transfer per kind, first figure on slow 4G, the clean build. */
function budgetRows(rows: PageKindResult[]): {what: string; budget: string; measured: string; met: boolean}[] {
  const measured = rows.filter((r) => r.page !== null && r.kind !== "other");
  return [
    ...measured.map((r) => ({
      what: `${r.kind} (${r.page}): first view`,
      budget: `${kb(TRANSFER_BUDGETS[r.kind])} KB`,
      measured: `${kb(r.transferBytes ?? 0)} KB`,
      met: (r.transferBytes ?? Infinity) <= TRANSFER_BUDGETS[r.kind]
    })),
    ...rows
      .filter((r) => r.firstFigureSlow4gMs !== null)
      .map((r) => ({
        what: `${r.kind} (${r.page}): first figure, slow 4G phone`,
        budget: `${FIRST_FIGURE_SLOW_4G_MS} ms`,
        measured: `${r.firstFigureSlow4gMs!.toFixed(0)} ms`,
        met: r.firstFigureSlow4gMs! <= FIRST_FIGURE_SLOW_4G_MS
      })),
    {
      what: "clean build",
      budget: `${CLEAN_BUILD_SECONDS} s`,
      measured: `${buildSeconds.toFixed(1)} s`,
      met: buildSeconds <= CLEAN_BUILD_SECONDS
    }
  ];
}
const budgets = budgetRows(pageKinds);

// The test times are measured by hand (npm test, .ci/run), not by this script: keep that section.
const resultsMd = join(root, "bench", "RESULTS.md");
const previous = existsSync(resultsMd) ? readFileSync(resultsMd, "utf8") : "";
const kept = (title: string) => previous.match(new RegExp(`\\n## ${title}\\n[\\s\\S]*?(?=\\n## |$)`))?.[0] ?? "";
// And the preview's time after an edit, measured by npm run bench:preview.
const testTimes = kept("Test times") + kept("Preview after an edit");

const totalGzip = (rows: FileSize[]) => rows.reduce((s, r) => s + r.gzipBytes, 0);
const markdown = `# Benchmark results

Latest run: ${run.date} on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}.
Every run is kept in results.json. Run \`npm run bench\` to add one.

- Clean build (Framework cache cleared): **${buildSeconds.toFixed(1)} s**
- Data files: ${sizes.data.length}, ${kb(totalGzip(sizes.data))} KB gzip in all
- Pages: ${sizes.pages.length}
${testTimes}
## Budgets

| what | budget | measured | met |
|---|---:|---:|---|
${budgets.map((b) => `| ${b.what} | ${b.budget} | ${b.measured} | ${b.met ? "yes" : "**no**"} |`).join("\n")}

## Pages in Chromium

First view with an empty cache, served by \`npm run serve\` on this machine. Transfer counts every
response, gzip-compressed where a host would compress it (text types). LCP is the median of three
loads: unthrottled, and on an emulated phone (412 px wide) on Lighthouse's slow 4G profile
(150 ms round trip, 1.6 Mbit/s, CPU 4× slower). LCP ignores SVG drawings, so for pages with a
chart or map "first figure" gives when the first one was in the page.

${pageKindsTable(pageKinds)}

## Loaders (run one at a time)

| loader | seconds | peak memory (MiB) | output bytes |
|---|---:|---:|---:|
${loaders.map(loaderRow).join("\n")}

## Data files

${table(sizes.data)}

## Pages (HTML only)

${table(sizes.pages.length > 40 ? [...sizes.pages.slice(0, 40)] : sizes.pages)}
${sizes.pages.length > 40 ? `\n(${sizes.pages.length - 40} more pages in results.json)\n` : ""}`;
writeFileSync(resultsMd, markdown);
log(`build ${buildSeconds.toFixed(1)} s; wrote bench/results.json and bench/RESULTS.md`);
const missed = budgets.filter((b) => !b.met);
if (missed.length) {
  console.error(
    `[bench] budgets missed:\n  ${missed.map((b) => `${b.what}: ${b.measured}, budget ${b.budget}`).join("\n  ")}`
  );
  process.exitCode = 1;
} else log(`every budget met (${budgets.length})`);

function loaderRow(l: LoaderRun): string {
  const bytes = l.outputBytes.toLocaleString("en-GB");
  return `| ${l.loader} | ${l.seconds.toFixed(2)} | ${l.peakRssMiB.toFixed(0)} | ${bytes} |`;
}
