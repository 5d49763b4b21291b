import {join} from "node:path";
import {readLsoaBoundaries} from "../inputs/boundaries.js";
import {readLsoaLookup, readMsoaNames, readWardLookup} from "../inputs/lookups.js";
import {resolveSourcesDir, SourceError, Sources} from "../sources/index.js";
import type {LsoaGeography} from "../content/area.js";
import type {LsoaNeighbourhood} from "../content/areaFit.js";
import type {Box} from "../content/places.js";
import {formatProblem, type Problem, Problems} from "../content/problems.js";
import {readSite} from "../content/site.js";
import {readRiskWeights} from "../risk/dataset.js";
import {checkContent} from "./run.js";

/** LSOA → ward → district rows from the checked ward lookup, the codes stories may use. */
export function storyLookup(sources: Sources): LsoaGeography[] {
  return readWardLookup(sources).map((r) => ({
    lsoa21cd: r.lsoa21cd,
    ward25cd: r.wd25cd,
    ward25nm: r.wd25nm,
    lad25cd: r.lad25cd,
    lad25nm: r.lad25nm
  }));
}

/** Each LSOA's House of Commons Library neighbourhood (MSOA) and mid-2024 residents, for the area-fit rule. */
export function neighbourhoodLookup(sources: Sources): LsoaNeighbourhood[] {
  const names = new Map(readMsoaNames(sources).map((r) => [r.MSOACD, r.MSOAHCLNM]));
  const districts = new Map(readWardLookup(sources).map((r) => [r.lsoa21cd, r.lad25cd]));
  return readLsoaLookup(sources).map((r) => ({
    lsoa21cd: r.LSOA21CD,
    lad25cd: districts.get(r.LSOA21CD) ?? r.LA24CD,
    msoa21cd: r.MSOA21CD,
    msoa21nm: names.get(r.MSOA21CD) ?? r.MSOA21CD,
    population: r["2024POP"]
  }));
}

/** Each LSOA's bounding box in degrees, for where a story's named places may lie. */
export function lsoaBoxes(sources: Sources): Map<string, Box> {
  // The corners of its rings: an LSOA is far too small for a box in degrees to bend.
  return new Map(
    readLsoaBoundaries(sources).map((f) => {
      const rings = f.geometry.type === "Polygon" ? f.geometry.coordinates : f.geometry.coordinates.flat();
      const points = rings.flat();
      const box: Box = [
        Math.min(...points.map((p) => p[0])),
        Math.min(...points.map((p) => p[1])),
        Math.max(...points.map((p) => p[0])),
        Math.max(...points.map((p) => p[1]))
      ];
      return [f.properties.LSOA21CD, box];
    })
  );
}

/** The project's configuration files (config/): the site's settings and the risk index's weights. */
export function checkConfig(root: string): Problems {
  const problems = new Problems();
  problems.collect(() => readSite(root));
  problems.collect(() => readRiskWeights(root));
  return problems;
}

/**
 * Checks the project's configuration and its content against the real lookups; a broken sources
 * folder is one error.
 */
export function checkProject(
  root: string,
  today = new Date().toISOString().slice(0, 10),
  env: Record<string, string | undefined> = process.env
): Problems {
  let lookup: LsoaGeography[];
  let neighbourhoods: LsoaNeighbourhood[];
  let boxes: Map<string, Box>;
  try {
    const sources = new Sources(resolveSourcesDir(root, env));
    lookup = storyLookup(sources);
    neighbourhoods = neighbourhoodLookup(sources);
    boxes = lsoaBoxes(sources);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    const problems = checkConfig(root);
    problems.list.push({
      file: error.file ?? "sources",
      line: error.line,
      problem: `the lookups cannot be read: ${error.problem}`,
      fix: error.fix,
      severity: "error"
    });
    return problems;
  }
  const contentDir = join(root, "content");
  const content = checkContent({
    root,
    contentDir,
    srcDir: join(root, "src"),
    lookup,
    neighbourhoods,
    lsoaBoxes: boxes,
    today
  });
  // config/ sorts before content/.
  content.list.unshift(...checkConfig(root).list);
  return content;
}

/** `file:line: problem — fix`, with "warning: " before the problem of a warning. */
export function formatLine(p: Problem): string {
  return formatProblem(p.severity === "warning" ? {...p, problem: `warning: ${p.problem}`} : p);
}

/** The report npm run check prints: every error, then every warning, then a count. */
export function formatReport(problems: Problems): string {
  const {errors, warnings} = problems;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = [...errors, ...warnings].map(formatLine);
  const total =
    errors.length || warnings.length
      ? `${plural(errors.length, "error")}, ${plural(warnings.length, "warning")}`
      : "no problems";
  return [
    ...lines,
    `Content check: ${total}.${errors.length ? " Fix the errors above, then run npm run check again." : ""}`
  ].join("\n");
}
