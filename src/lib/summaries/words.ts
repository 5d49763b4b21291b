import {countWord, formatDecimal, formatInteger, formatShare} from "../format.js";

/** The first letter in capitals. */
export const capitalise = (s: string) => s.replace(/^./, (c) => c.toUpperCase());

/** A label inside a sentence: its first letter in lower case, unless the first word is an initialism (IDACI). */
export const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.replace(/^./, (c) => c.toLowerCase()) : s);

/**
 * A name's possessive: "King's Norton South's", "Hillfields'", and a name that already ends in a
 * possessive stays as it is ("St Michael's", never "St Michael's's").
 */
export function possessive(name: string): string {
  if (/['’]s$/.test(name)) return name;
  if (/s$/.test(name)) return `${name}'`;
  return `${name}'s`;
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** A count standing alone: "none" rather than "no" ("on none of the seven domains"). */
export function countAlone(n: number): string {
  return n === 0 ? "none" : countWord(n);
}

/** "one LSOA", "three LSOAs", "no LSOAs". */
export function plural(n: number, one: string, many: string): string {
  return `${countWord(n)} ${n === 1 ? one : many}`;
}

/** Bases smaller than this show the count beside the percentage ("4 of 6, 67%"). */
export const SMALL_BASE = 20;

/**
 * A share with its count when the base is small: "4 of 6 (67%)"; for larger bases the percentage
 * alone. The percentage is rounded once, here, so a sentence and its table agree.
 */
export function shareOf(count: number, base: number): string {
  if (base === 0) return "none";
  const pct = formatShare(count / base);
  return base < SMALL_BASE ? `${formatInteger(count)} of ${formatInteger(base)} (${pct})` : pct;
}

/** A signed number with a true minus sign: "+1.45", "−0.26". */
export function signed(value: number, digits = 2): string {
  const text = formatDecimal(Math.abs(value), digits);
  if (Number(text) === 0) return formatDecimal(0, digits);
  return `${value < 0 ? "−" : "+"}${text}`;
}

/**
 * How two values compare once both are rounded as the reader sees them: "the same as" when they
 * round alike, so a sentence never says "higher" beside two equal-looking figures.
 */
export function compareShown(a: number, b: number, shown: (v: number) => string): "higher" | "lower" | "same" {
  if (shown(a) === shown(b)) return "same";
  return a > b ? "higher" : "lower";
}
