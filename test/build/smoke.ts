// The site built with Framework from the fixture sources (the editors' workflow's build, run by
// fixture.test.ts in a copy of the project so the real build cache is untouched): the pages and data
// files it writes.
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {parquetReadObjects} from "hyparquet";
import {beforeAll, describe, expect, it} from "vitest";
import {STORY, type Run, type WorkflowResult} from "./workflow.js";

let build: Run;
let out: string;

/** The tests of the fixture site; `workflow` gives the workflow's result once it has run. */
export function describeFixtureSite(workflow: () => WorkflowResult): void {
  beforeAll(() => {
    build = workflow().build;
    out = join(workflow().project, "dist");
  });
  describeSite();
  describePoliceCrime();
}

const describeSite = () =>
  describe("site build from fixture sources", () => {
    it("exits cleanly", () => {
      expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
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
      const risk = readFileSync(join(files, readdirMatch(files, /^risk-index\.[0-9a-f]+\.parquet$/)));
      const rows = await parquetReadObjects({
        file: risk.buffer.slice(risk.byteOffset, risk.byteOffset + risk.byteLength)
      });
      expect(rows.map((r) => r.rank)).toEqual([1, 2]);
      // Every page draws its figures at build time: no page needs the boundaries or the provenance table.
      expect(readdirSync(files).filter((f) => /^(geography|provenance)\./.test(f))).toEqual([]);
    });

    it("writes the explorer: a page per ward (slugs from the fixture's wards), the risk index and its CSV", () => {
      expect(readdirSync(join(out, "wards")).sort()).toEqual(["index.html", "north-ward.html", "south-and-east.html"]);
      const files = join(out, "_file", "data");
      const csv = readFileSync(join(files, readdirMatch(files, /^risk-index\.[0-9a-f]+\.csv$/)), "utf8")
        .trim()
        .split("\r\n");
      expect(csv).toHaveLength(3); // header + the fixture's two MSOAs
      expect(
        csv
          .slice(1)
          .map((line) => line.split(",")[0])
          .sort()
      ).toEqual(["1", "2"]);
      for (const page of ["risk-index.html", "risk-index-method.html", "boroughs.html"])
        expect(existsSync(join(out, page))).toBe(true);
    });

    it("ships each ward's and story's data as CSV, linked from its page, and the similar areas' method", () => {
      for (const [page, folder, slug] of [
        ["wards/north-ward.html", "wards", "north-ward"],
        ["wards/south-and-east.html", "wards", "south-and-east"],
        [`stories/${STORY.slug}.html`, "stories", STORY.slug]
      ]) {
        const files = join(out, "_file", "data", folder);
        const name = readdirMatch(files, new RegExp(`^${slug}\\.[0-9a-f]+\\.csv$`));
        const html = readFileSync(join(out, page), "utf8");
        // Attributes in any order: the page's serialiser decides it.
        const link = new RegExp(`<a [^>]*href="\\.\\./_file/data/${folder}/${name.replace(/\./g, "\\.")}"[^>]*>`);
        expect(link.exec(html)?.[0]).toMatch(/\sdownload[\s=>]/);
        expect(readFileSync(join(files, name), "utf8")).toMatch(/^# .*\r\n(# .*\r\n)+section,measure_key,/);
        expect(html).toMatch(/<h2 id="similar"[^>]*>/);
      }
      expect(readFileSync(join(out, "sources.html"), "utf8")).toMatch(/<h2 id="similar-areas"/);
    });
  });

const describePoliceCrime = () =>
  describe("monthly crime from the fixture's police.uk street files", () => {
    const police = (page: string) => {
      const html = readFileSync(join(out, page), "utf8");
      const start = html.indexOf('<div class="wm-police-crime">');
      return start < 0 ? "" : html.slice(start, html.indexOf('<h2 id="age"', start));
    };

    it("shows the trend and the map of rates on the ward pages, and on the story's crime step", () => {
      const ward = police("wards/north-ward.html");
      expect(ward).toContain("Crimes recorded each month in North Ward");
      expect(ward).toContain("Violence and sexual offences: rate in each LSOA of North Ward");
      expect(ward).toMatch(/<svg(?=[^>]*role="img")[^>]*aria-labelledby="ward-police-rates-title"/);
      const story = readFileSync(join(out, "stories", `${STORY.slug}.html`), "utf8");
      expect(story).toContain('<div class="wm-police-crime">');
    });

    it("never shows a count under 5: in tables, sort values or tooltips", () => {
      for (const page of ["wards/north-ward.html", "wards/south-and-east.html"]) {
        const block = police(page);
        expect(block).toContain("fewer than 5");
        const cells = [...block.matchAll(/<td class="numeric"(?: data-value="([^"]*)")?>([^<]*)<\/td>/g)];
        const tips = [...block.matchAll(/<title>([^<]*)<\/title>/g)].flatMap((t) =>
          [...t[1].matchAll(/: (\d+)(?: crimes)?$/gm)].map((m) => m[1])
        );
        const numbers = [...cells.flatMap((m) => [m[1], m[2]]), ...tips]
          .filter((v) => v !== undefined && /^\d+$/.test(v))
          .map(Number);
        expect(tips.length).toBeGreaterThan(0);
        expect(numbers.length).toBeGreaterThan(0);
        // Residents and rates are not counts, but none of them is under 5 either in the fixture.
        expect(numbers.filter((n) => n < 5)).toEqual([]);
      }
    });
  });

function readdirMatch(dir: string, pattern: RegExp): string {
  const name = readdirSync(dir).find((f) => pattern.test(f));
  if (!name) throw new Error(`no file matching ${pattern} in ${dir}`);
  return name;
}
