import {formatDecimal, formatInteger} from "../format.js";
import {listOf, possessive} from "./words.js";

/**
 * Disclosure control of police.uk counts on the site's pages: a count under this is never shown,
 * in a figure, table, tooltip or download, only as FEWER_THAN; nor is any rate made from it.
 */
export const DISCLOSURE_THRESHOLD = 5;
export const FEWER_THAN = `fewer than ${DISCLOSURE_THRESHOLD}`;

/**
 * The smallest number of residents a rate is made on. ONS builds LSOAs of 1,000 to 3,000 residents,
 * so a smaller count means a broken or unusual base (a new development, a city-centre block) whose
 * rate would swing wildly with a crime or two.
 */
export const MIN_RATE_RESIDENTS = 500;

/** Rates are crimes per this many residents. */
export const RATE_PER = 1000;

/** What a count withheld by complementary suppression shows (it is 5 or more, but would give a smaller one away). */
export const WITHHELD = "withheld";

/**
 * A count as the page may show it: the count; null for a count under DISCLOSURE_THRESHOLD; or
 * WITHHELD, a count kept back so that a small one cannot be worked out by subtraction.
 */
export type DisclosedCount = number | null | typeof WITHHELD;

export function disclosedCount(count: number): number | null {
  return count < DISCLOSURE_THRESHOLD ? null : count;
}

/** A disclosed count as text: "12", "fewer than 5" or "withheld". */
export function countText(count: DisclosedCount | undefined): string {
  return count === null || count === undefined ? FEWER_THAN : count === WITHHELD ? WITHHELD : formatInteger(count);
}

/**
 * The counts of an area's parts (its LSOAs) as the page may show them, when the area's total can be
 * known (from its monthly trend): a part under the threshold is null, and if the hidden parts then
 * add up to less than the threshold, the smallest shown part is withheld as well, or subtracting the
 * shown parts from the total would give the hidden ones away.
 */
export function disclosedParts(counts: readonly number[], totalKnown: boolean): DisclosedCount[] {
  const shown: DisclosedCount[] = counts.map(disclosedCount);
  const hidden = counts.filter((_, i) => shown[i] === null).reduce((a, b) => a + b, 0);
  if (!totalKnown || !shown.includes(null) || hidden >= DISCLOSURE_THRESHOLD) return shown;
  const smallest = counts.reduce<number>(
    (best, n, i) => (shown[i] !== null && (best < 0 || n < counts[best]) ? i : best),
    -1
  );
  if (smallest >= 0) shown[smallest] = WITHHELD;
  return shown;
}

/**
 * Crimes per 1,000 residents, or null: no rate from a count under the threshold (it would give the
 * count away) nor on fewer than MIN_RATE_RESIDENTS residents.
 */
export function disclosedRate(count: number, residents: number | undefined): number | null {
  if (count < DISCLOSURE_THRESHOLD || residents === undefined || residents < MIN_RATE_RESIDENTS) return null;
  return (count / residents) * RATE_PER;
}

const MONTHS = [
  ...["January", "February", "March", "April", "May", "June"],
  ...["July", "August", "September", "October", "November", "December"]
];

/** "2025-01" as "January 2025". */
export function monthName(month: string): string {
  const [year, m] = month.split("-");
  return `${MONTHS[Number(m) - 1]} ${year}`;
}

/** "January 2025 to December 2025", or one month's name. */
export function periodName(months: readonly string[]): string {
  const first = monthName(months[0]);
  const last = monthName(months[months.length - 1]);
  return first === last ? first : `${first} to ${last}`;
}

/** How police.uk places crimes, for every figure drawn from its files. */
export const ANONYMISED_NOTE =
  "police.uk moves every crime to an anonymised point: the centre of a street, a park or a building near " +
  "where it happened, shared with other crimes, so counts for small areas are approximate. Counts under " +
  `${DISCLOSURE_THRESHOLD} are shown only as "${FEWER_THAN}", and no rate is made from them.`;

/**
 * The trend figure's sentence: the newest month of the first series against the first month, or
 * what little can be said when months are under the threshold.
 */
export function trendSentence(
  area: string,
  type: string,
  months: readonly string[],
  counts: readonly (number | null)[]
): string {
  const hidden = counts.filter((c) => c === null).length;
  const newest = counts[counts.length - 1];
  const span = periodName(months);
  if (hidden === counts.length)
    return `${type}: every month from ${span} had ${FEWER_THAN} crimes recorded in ${area}.`;
  const shown = counts.filter((c): c is number => c !== null);
  const high = Math.max(...shown);
  // Every month that shares the highest count is named.
  const peaks = listOf(months.filter((_, m) => counts[m] === high).map(monthName));
  const last =
    newest === null
      ? `${FEWER_THAN} in ${monthName(months[months.length - 1])}`
      : `${formatInteger(newest)} in ${monthName(months[months.length - 1])}`;
  const withHidden = hidden ? `; ${hidden} of ${months.length} months had ${FEWER_THAN}` : "";
  return (
    `${type} recorded in ${area}, ${span}: ${last}, with the most, ${formatInteger(high)}, ` +
    `in ${peaks}${withHidden}.`
  );
}

/** The map's sentence: how many LSOAs have a rate, and the highest. */
export function rateMapSentence(
  area: string,
  type: string,
  period: string,
  rows: readonly {name: string; rate: number | null}[]
): string {
  const rated = rows.filter((r): r is {name: string; rate: number} => r.rate !== null);
  if (!rated.length) return `${type} from ${period}: no LSOA in ${area} has a rate to show.`;
  const top = rated.reduce((a, b) => (b.rate > a.rate ? b : a));
  const rate = `${formatDecimal(top.rate, 1)} per 1,000 residents`;
  if (rows.length === 1) return `${type} from ${period}: ${top.name}, ${possessive(area)} one LSOA, has ${rate}.`;
  const rest = rows.length - rated.length;
  return (
    `${type} from ${period}: ${top.name} has the highest rate of ${possessive(area)} ${rows.length} LSOAs, ${rate}` +
    (rest ? `; ${rest} ${rest === 1 ? "has" : "have"} no rate (${FEWER_THAN} crimes, or withheld).` : ".")
  );
}
