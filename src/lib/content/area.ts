import {closest} from "../util/suggest.js";
import {Problems} from "./problems.js";
import type {AreaDefinition} from "./story.js";
import type {YamlFile} from "./yamlFile.js";

export interface LsoaGeography {
  lsoa21cd: string;
  ward25cd: string;
  ward25nm: string;
  lad25cd: string;
  lad25nm: string;
}

/** The codes an area covers, from the lookup. */
export interface AreaCodes {
  /** Every LSOA in the area, sorted. */
  lsoa_codes: string[];
  /** Wards that contain at least one of the area's LSOAs. */
  ward_codes: string[];
  district_codes: string[];
}

export type ResolvedArea = AreaDefinition & AreaCodes;

/** Names compared the way people type them: any case, with or without apostrophes, "&" or "and". */
export const normalName = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’`.]/g, "")
    .replace(/&/g, "and")
    .replace(/\s+/g, " ")
    .trim();

/** A ward of the lookup: its code, name and borough. */
export interface WardEntry {
  code: string;
  name: string;
  borough: string;
}

/** The wards of the lookup, once each, in its order. */
export function lookupWards(lookup: readonly LsoaGeography[]): WardEntry[] {
  const wards = new Map(lookup.map((r) => [r.ward25cd, {code: r.ward25cd, name: r.ward25nm, borough: r.lad25nm}]));
  return [...wards.values()];
}

/**
 * The ward a value stands for, as an editor may type it: its code in any case, or its name when one
 * ward (of the borough, when given) has it; otherwise the code of the ward nearest to what was typed,
 * by code or by name, among the borough's wards.
 */
export function findWard(
  value: string,
  wards: readonly WardEntry[],
  borough?: string
): {code: string; exact: boolean} | undefined {
  const code = value.trim().toUpperCase();
  if (wards.some((w) => w.code === code)) return {code, exact: true};
  const candidates = wards.filter((w) => !borough || w.borough === borough);
  const named = candidates.filter((w) => normalName(w.name) === normalName(value));
  if (named.length === 1) return {code: named[0].code, exact: true};
  const near = closest(
    value,
    candidates.flatMap((w) => [w.code, w.name])
  );
  const ward = near && candidates.find((w) => w.code === near || w.name === near);
  return ward ? {code: ward.code, exact: false} : undefined;
}

/** The borough's codes first, so a suggestion or an example comes from the story's own borough. */
function boroughFirst(codes: readonly string[], boroughOf: ReadonlyMap<string, string>, borough?: string): string[] {
  return [...codes.filter((c) => boroughOf.get(c) === borough), ...codes.filter((c) => boroughOf.get(c) !== borough)];
}

/** "did you mean E05011149?" for the nearest known code, else where to find one. */
function suggestCode(value: string, known: readonly string[], what: string): string {
  const near = closest(value, known);
  return near ? `did you mean ${near}?` : `use a ${what} from the lookups (for example ${known[0]})`;
}

/**
 * Turns an area definition into the LSOAs it covers, checking every code against the lookup.
 * Unknown codes are reported at their line in story.yaml, with the closest real code or ward name
 * (of the story's borough, when given), and so is a code of a ward or an LSOA in another borough:
 * all of them into `problems` when given, otherwise thrown together.
 */
export function resolveArea<A extends Pick<AreaDefinition, "wards" | "lsoas">>(
  area: A,
  lookup: readonly LsoaGeography[],
  yaml: YamlFile,
  problems?: Problems,
  borough?: string
): A & AreaCodes {
  const found = problems ?? new Problems();
  const wards = lookupWards(lookup);
  const wardNames = new Map(wards.map((w) => [w.code, w.name]));
  const boroughOf = new Map([
    ...wards.map((w) => [w.code, w.borough] as const),
    ...lookup.map((r) => [r.lsoa21cd, r.lad25nm] as const)
  ]);
  const elsewhere = (path: (string | number)[], code: string, named: string) => {
    const where = boroughOf.get(code);
    if (!borough || !where || where === borough) return;
    found.error(
      yaml.error(
        path,
        `${named} is in ${where}, but the story's borough is ${borough}`,
        `use wards and LSOAs in ${borough}, or correct the borough`
      )
    );
  };
  area.wards.forEach((code, i) => {
    const path = ["area", "wards", i];
    if (wardNames.has(code)) return elsewhere(path, code, `the ward ${wardNames.get(code)} (${code})`);
    const ward = findWard(code, wards, borough);
    const fix = !ward
      ? suggestCode(code, boroughFirst([...wardNames.keys()], boroughOf, borough), "ward code")
      : ward.exact
        ? `write the ward's code instead of its name: ${ward.code} (${wardNames.get(ward.code)})`
        : /^E05/i.test(code)
          ? `did you mean ${ward.code}?`
          : `did you mean ${wardNames.get(ward.code)}? Write its code: ${ward.code}`;
    found.error(yaml.error(path, `"${code}" is not a ward (May 2025) in the seven boroughs`, fix));
  });
  const lsoaCodes = boroughFirst(
    lookup.map((r) => r.lsoa21cd),
    boroughOf,
    borough
  );
  const isLsoa = new Set(lsoaCodes);
  area.lsoas.forEach((code, i) => {
    const path = ["area", "lsoas", i];
    if (isLsoa.has(code)) return elsewhere(path, code, `the LSOA ${code}`);
    found.error(
      yaml.error(
        path,
        `"${code}" is not an LSOA (2021) in the seven boroughs`,
        suggestCode(code, lsoaCodes, "LSOA code")
      )
    );
  });
  if (!problems) found.throwIfErrors();
  const inArea = new Set([...area.wards, ...area.lsoas]);
  const rows = lookup.filter((r) => inArea.has(r.ward25cd) || inArea.has(r.lsoa21cd));
  return {
    ...area,
    lsoa_codes: rows.map((r) => r.lsoa21cd).sort(),
    ward_codes: [...new Set(rows.map((r) => r.ward25cd))].sort(),
    district_codes: [...new Set(rows.map((r) => r.lad25cd))].sort()
  };
}
