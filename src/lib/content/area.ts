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

/** "did you mean E05011149?" for the nearest known code, else where to find one. */
function suggestCode(value: string, known: readonly string[], what: string): string {
  const near = closest(value, known);
  return near ? `did you mean ${near}?` : `use a ${what} from the lookups (for example ${known[0]})`;
}

/**
 * Turns an area definition into the LSOAs it covers, checking every code against the lookup.
 * Unknown codes are reported at their line in story.yaml, with the closest real code or name:
 * all of them into `problems` when given, otherwise thrown together.
 */
export function resolveArea<A extends Pick<AreaDefinition, "wards" | "lsoas">>(
  area: A,
  lookup: readonly LsoaGeography[],
  yaml: YamlFile,
  problems?: Problems
): A & AreaCodes {
  const found = problems ?? new Problems();
  const wardNames = new Map(lookup.map((r) => [r.ward25cd, r.ward25nm]));
  const lsoaCodes = new Set(lookup.map((r) => r.lsoa21cd));
  area.wards.forEach((code, i) => {
    if (!wardNames.has(code)) {
      const named = [...wardNames].find(([, name]) => name.toLowerCase() === code.toLowerCase());
      const fix = named
        ? `write the ward's code instead of its name: ${named[0]} (${named[1]})`
        : suggestCode(code, [...wardNames.keys()], "ward code");
      found.error(yaml.error(["area", "wards", i], `"${code}" is not a ward (May 2025) in the seven boroughs`, fix));
    }
  });
  area.lsoas.forEach((code, i) => {
    if (!lsoaCodes.has(code)) {
      found.error(
        yaml.error(
          ["area", "lsoas", i],
          `"${code}" is not an LSOA (2021) in the seven boroughs`,
          suggestCode(code, [...lsoaCodes], "LSOA code")
        )
      );
    }
  });
  if (!problems) found.throwIfErrors();
  const wards = new Set(area.wards);
  const rows = lookup.filter((r) => wards.has(r.ward25cd) || area.lsoas.includes(r.lsoa21cd));
  return {
    ...area,
    lsoa_codes: rows.map((r) => r.lsoa21cd).sort(),
    ward_codes: [...new Set(rows.map((r) => r.ward25cd))].sort(),
    district_codes: [...new Set(rows.map((r) => r.lad25cd))].sort()
  };
}
