// Builds the whole site with Framework from the fixture sources, in a copy of the project so the
// real build cache is untouched, and checks the pages and data files it writes.
import {spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {parquetReadObjects} from "hyparquet";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {writeFixture} from "../fixtures/sources.js";

const root = join(import.meta.dirname, "..", "..");

describe("site build from fixture sources", () => {
  let work: string;
  let out: string;
  let result: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "wm-build-"));
    const project = join(work, "project");
    for (const entry of ["src", "scripts", "config", "observablehq.config.ts", "package.json", "tsconfig.json"]) {
      cpSync(join(root, entry), join(project, entry), {recursive: true, filter: (s) => !s.includes(".observablehq")});
    }
    symlinkSync(join(root, "node_modules"), join(project, "node_modules"));
    writeFixture(join(work, "sources"));
    out = join(project, "dist");
    result = spawnSync(join(project, "node_modules", ".bin", "tsx"), ["scripts/build.ts"], {
      cwd: project,
      encoding: "utf8",
      env: {...process.env, WM_SOURCES_DIR: join(work, "sources")}
    });
  });
  afterAll(() => rmSync(work, {recursive: true, force: true}));

  it("exits cleanly", () => {
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });

  it("writes every page with lang and a zoomable viewport", () => {
    for (const page of ["index.html", "deprivation.html", "sources.html"]) {
      const html = readFileSync(join(out, page), "utf8");
      expect(html).toContain('<html lang="en-GB">');
      expect(html).not.toContain("maximum-scale");
      expect(html).not.toMatch(/fonts\.googleapis|cdn\.jsdelivr/);
    }
  });

  it("writes the loaders' outputs from the fixture data", async () => {
    const files = join(out, "_file", "data");
    const lsoa = readFileSync(join(files, readdirMatch(files, /^lsoa\.[0-9a-f]+\.parquet$/)));
    const rows = await parquetReadObjects({file: lsoa.buffer.slice(lsoa.byteOffset, lsoa.byteOffset + lsoa.byteLength)});
    expect(rows.map((r) => r.lsoa21cd)).toEqual(["E01000001", "E01000002", "E01000003", "E01000004"]);
    const provenance = JSON.parse(readFileSync(join(files, readdirMatch(files, /^provenance\.[0-9a-f]+\.json$/)), "utf8"));
    expect(provenance[0].title).toMatch(/^Fixture: /);
    expect(existsSync(join(out, "_file", "data", readdirMatch(files, /^geography\.[0-9a-f]+\.topojson$/)))).toBe(true);
  });

  it("writes the explorer: a page per ward (slugs from the fixture's wards), the risk index and its CSV", () => {
    expect(readdirSync(join(out, "wards")).sort()).toEqual(["index.html", "north-ward.html", "south-and-east.html"]);
    const files = join(out, "_file", "data");
    const csv = readFileSync(join(files, readdirMatch(files, /^risk-index\.[0-9a-f]+\.csv$/)), "utf8").trim().split("\r\n");
    expect(csv).toHaveLength(3); // header + the fixture's two MSOAs
    expect(csv.slice(1).map((line) => line.split(",")[0]).sort()).toEqual(["1", "2"]);
    for (const page of ["risk-index.html", "risk-index-method.html", "boroughs.html"]) expect(existsSync(join(out, page))).toBe(true);
  });
});

function readdirMatch(dir: string, pattern: RegExp): string {
  const name = readdirSync(dir).find((f) => pattern.test(f));
  if (!name) throw new Error(`no file matching ${pattern} in ${dir}`);
  return name;
}
