import {countWord, formatDecimal} from "../format.js";
import type {SimilarAreas} from "../wards/similar.js";
import {RATE_UNIT} from "./crime.js";
import {capitalise, compareShown} from "./words.js";

/** How the similar wards are chosen, in the words of every sentence and caption that names them. */
export const SIMILAR_BASIS = "on deprivation (crime aside) and age";

const rate = (v: number) => formatDecimal(v, 1);

/** "higher than in three of the five", "higher than in all five", "not higher than in any of the five". */
function higherThan(count: number, of: number): string {
  const all = of === 1 ? "that ward" : of === 2 ? "both" : `all ${countWord(of)}`;
  const any = of === 1 ? "that ward" : of === 2 ? "either" : `any of the ${countWord(of)}`;
  if (count === 0) return `not higher than in ${any}`;
  if (count === of) return `higher than in ${all}`;
  return `higher than in ${countWord(count)} of the ${countWord(of)}`;
}

/**
 * The area's violence with injury rate and IMD score against the wards most like it: how many of
 * them it exceeds, as the figures are shown (one decimal), and the range of their rates.
 */
export function similarSentence(name: string, {area, wards}: SimilarAreas): string {
  if (wards.length === 0) return `No other ward of the seven boroughs is left to compare ${name} with.`;
  const known = wards.filter((w) => w.violence_with_injury !== null);
  const lead =
    `${capitalise(name)} is compared with the ${wards.length === 1 ? "ward" : `${countWord(wards.length)} wards`} ` +
    `of the seven boroughs most like it ${SIMILAR_BASIS}.`;
  if (area.violence_with_injury === null || known.length === 0)
    return `${lead} No violence with injury rate is available to compare.`;
  const here = area.violence_with_injury;
  const rates = known.map((w) => w.violence_with_injury!);
  const higher = rates.filter((r) => compareShown(here, r, rate) === "higher").length;
  const range =
    rates.length === 1 ? `${rate(rates[0])}` : `from ${rate(Math.min(...rates))} to ${rate(Math.max(...rates))}`;
  const violence =
    ` Its violence with injury rate, ${rate(here)} ${RATE_UNIT}, is ${higherThan(higher, known.length)} ` +
    `(their rates: ${range}).`;
  const scores = wards.filter((w) => w.imd_score !== null).map((w) => w.imd_score!);
  if (area.imd_score === null || scores.length === 0) return lead + violence;
  const moreDeprived = scores.filter((s) => compareShown(area.imd_score!, s, rate) === "higher").length;
  const deprivation = ` Its IMD 2025 score, ${rate(area.imd_score)}, is ${higherThan(moreDeprived, scores.length)}.`;
  return lead + violence + deprivation;
}
