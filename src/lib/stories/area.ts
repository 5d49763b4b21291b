import {Problems, type YamlFile} from "./yaml.js";

/** What a story's area is made of: whole wards, or a list of LSOA 2021 codes. */
export interface AreaDefinition {
  wards: string[];
  lsoas: string[];
  /** Plain-language reason this geography stands for the neighbourhood. */
  explanation: string;
}

export interface LsoaGeography {
  lsoa21cd: string;
  ward25cd: string;
  ward25nm: string;
  lad25cd: string;
  lad25nm: string;
}

export interface ResolvedArea extends AreaDefinition {
  /** Every LSOA in the area, sorted. */
  lsoa_codes: string[];
  /** Wards that contain at least one of the area's LSOAs. */
  ward_codes: string[];
  district_codes: string[];
}

/**
 * Turns an area definition into the LSOAs it covers, checking every code against the lookup.
 * Unknown codes are reported at their line in story.yaml, with the closest real code or name:
 * all of them into `problems` when given, otherwise thrown together.
 */
export function resolveArea(area: AreaDefinition, lookup: readonly LsoaGeography[], yaml: YamlFile, problems?: Problems): ResolvedArea {
  const found = problems ?? new Problems();
  const wardNames = new Map(lookup.map((r) => [r.ward25cd, r.ward25nm]));
  const lsoaCodes = new Set(lookup.map((r) => r.lsoa21cd));
  area.wards.forEach((code, i) => {
    if (!wardNames.has(code)) {
      const named = [...wardNames].find(([, name]) => name.toLowerCase() === code.toLowerCase());
      const fix = named ? `write the ward's code instead of its name: ${named[0]} (${named[1]})` : suggest(code, [...wardNames.keys()], "ward code");
      found.error(yaml.error(["area", "wards", i], `"${code}" is not a ward (May 2025) in the seven boroughs`, fix));
    }
  });
  area.lsoas.forEach((code, i) => {
    if (!lsoaCodes.has(code)) {
      found.error(yaml.error(["area", "lsoas", i], `"${code}" is not an LSOA (2021) in the seven boroughs`, suggest(code, [...lsoaCodes], "LSOA code")));
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

/** The known value at the smallest edit distance (case-insensitive), with that distance. */
export function closest(value: string, known: readonly string[]): {value: string; distance: number} | undefined {
  let best: {value: string; distance: number} | undefined;
  for (const k of known) {
    const distance = editDistance(value.toUpperCase(), k.toUpperCase());
    if (!best || distance < best.distance) best = {value: k, distance};
  }
  return best;
}

/** "did you mean E05011149?" for the known value at the smallest edit distance. */
export function suggest(value: string, known: readonly string[], what: string): string {
  const best = closest(value, known);
  return best && best.distance <= 3 ? `did you mean ${best.value}?` : `use a ${what} from the lookups (for example ${known[0]})`;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
