import {readWardLookup} from "../inputs/lookups.js";
import {Sources, resolveSourcesDir} from "../sources/index.js";
import {wardSlugs, type WardName} from "./slug.js";

/** One row per ward from the LSOA → ward lookup. */
export function wardNames(rows: readonly {wd25cd: string; wd25nm: string; lad25nm: string}[]): WardName[] {
  const wards = new Map<string, WardName>();
  for (const r of rows) wards.set(r.wd25cd, {code: r.wd25cd, name: r.wd25nm, district: r.lad25nm});
  return [...wards.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** Slug of every ward, from the checked sources. */
export function wardSlugsFromSources(sources: Sources): Map<string, string> {
  return wardSlugs(wardNames(readWardLookup(sources)));
}

/** Paths of the ward pages, for Framework's dynamicPaths (read from the sources folder). */
export function wardPaths(projectRoot: string): string[] {
  return [...wardSlugsFromSources(new Sources(resolveSourcesDir(projectRoot))).values()]
    .sort()
    .map((slug) => `/wards/${slug}`);
}
