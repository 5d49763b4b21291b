import {formatInteger, formatShare} from "../format.js";

/** An LSOA with what the fit rule needs: its neighbourhood (MSOA) and its mid-2024 residents. */
export interface LsoaNeighbourhood {
  lsoa21cd: string;
  lad25cd: string;
  msoa21cd: string;
  /** House of Commons Library name of the MSOA. */
  msoa21nm: string;
  population: number;
}

/** One way a story's area and the place it names do not fit: a warning for npm run check. */
export interface AreaFitProblem {
  problem: string;
  fix: string;
}

/** Below this share the area is "much larger" than the place, or the place much larger than the area. */
export const FIT_SHARE = 0.5;

const words = (s: string) => ` ${s.toLowerCase().replace(/[^a-z0-9']+/g, " ")} `;

/**
 * Neighbourhoods (MSOAs) the story names: in the story's borough(s), whose House of Commons Library
 * name, or one part of it ("Henley Green & Wood End" has two), appears as whole words in the title
 * or subtitle.
 */
export function namedNeighbourhoods(
  text: string,
  districts: readonly string[],
  lsoas: readonly LsoaNeighbourhood[]
): {code: string; name: string}[] {
  const haystack = words(text);
  const found = new Map<string, string>();
  for (const l of lsoas) {
    if (!districts.includes(l.lad25cd) || found.has(l.msoa21cd)) continue;
    const parts = l.msoa21nm.split(/\s*(?:&|,| and )\s*/).filter(Boolean);
    if (parts.some((p) => haystack.includes(words(p)))) found.set(l.msoa21cd, l.msoa21nm);
  }
  return [...found].map(([code, name]) => ({code, name})).sort((a, b) => (a.code < b.code ? -1 : 1));
}

const people = (n: number) => `${formatInteger(n)} residents`;

/**
 * Whether a story's area fits the place it names, measured against the House of Commons Library
 * neighbourhoods (MSOAs) its title or subtitle names:
 * - the area is much larger than the place when the named neighbourhoods hold less than half
 *   (FIT_SHARE) of the area's mid-2024 residents;
 * - the place is much larger than the area when a named neighbourhood has less than half of its
 *   residents inside the area.
 * A story that names no neighbourhood cannot be measured and gets no warning.
 */
export function areaFit(
  story: {title?: string; subtitle?: string},
  area: {lsoa_codes: readonly string[]; district_codes: readonly string[]},
  lsoas: readonly LsoaNeighbourhood[]
): AreaFitProblem[] {
  const inArea = new Set(area.lsoa_codes);
  const named = namedNeighbourhoods(`${story.title ?? ""} ${story.subtitle ?? ""}`, area.district_codes, lsoas);
  if (named.length === 0) return [];
  const namedCodes = new Set(named.map((n) => n.code));
  const areaRows = lsoas.filter((l) => inArea.has(l.lsoa21cd));
  const total = areaRows.reduce((s, l) => s + l.population, 0);
  const inNamed = areaRows.filter((l) => namedCodes.has(l.msoa21cd));
  const namedPeople = inNamed.reduce((s, l) => s + l.population, 0);
  const names = named.map((n) => `"${n.name}" (${n.code})`).join(", ");
  const problems: AreaFitProblem[] = [];
  if (total > 0 && namedPeople / total < FIT_SHARE) {
    problems.push({
      problem:
        `the area (${formatInteger(areaRows.length)} LSOAs, ${people(total)} in mid-2024) is much larger than the ` +
        `place it names: the House of Commons Library neighbourhood ${names} holds ${formatInteger(inNamed.length)} ` +
        `of its LSOAs and ${people(namedPeople)} (${formatShare(namedPeople / total)})`,
      fix:
        "list the named neighbourhood's LSOAs under area.lsoas instead of the whole ward, or say in " +
        "area.explanation why the wider area stands for the place"
    });
  }
  for (const n of named) {
    const all = lsoas.filter((l) => l.msoa21cd === n.code);
    const allPeople = all.reduce((s, l) => s + l.population, 0);
    const inside = all.filter((l) => inArea.has(l.lsoa21cd));
    const insidePeople = inside.reduce((s, l) => s + l.population, 0);
    if (allPeople > 0 && insidePeople / allPeople < FIT_SHARE) {
      problems.push({
        problem:
          `the area covers ${formatInteger(inside.length)} of the ${formatInteger(all.length)} LSOAs of the ` +
          `House of Commons Library neighbourhood "${n.name}" (${n.code}): ${people(insidePeople)} of ` +
          `${people(allPeople)} (${formatShare(insidePeople / allPeople)})`,
        fix:
          "check which LSOAs the place covers; if the name means a smaller place than the neighbourhood, " +
          "say so in area.explanation"
      });
    }
  }
  return problems;
}
