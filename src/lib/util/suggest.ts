import {editDistance} from "./editDistance.js";

export interface SuggestOptions {
  /** The most edits a typo is taken to have; further away, nothing is suggested. */
  maxDistance?: number;
  /** Also take a value that starts with the other as meant (cyp_score → cyp), before any typo. */
  prefixes?: boolean;
}

/**
 * The "did you mean" of every message: the known value most like `value`, ignoring case, when it
 * is close enough to be what was meant. The first of equally close values wins, so callers order
 * `known` by preference.
 */
export function closest(value: string, known: Iterable<string>, options: SuggestOptions = {}): string | undefined {
  const {maxDistance = 3, prefixes = false} = options;
  const wanted = value.toLowerCase();
  const candidates = [...known];
  if (prefixes) {
    const start = candidates.find((k) => wanted.startsWith(k.toLowerCase()) || k.toLowerCase().startsWith(wanted));
    if (start !== undefined) return start;
  }
  let best: {value: string; distance: number} | undefined;
  for (const k of candidates) {
    const distance = editDistance(wanted, k.toLowerCase());
    if (!best || distance < best.distance) best = {value: k, distance};
  }
  return best && best.distance <= maxDistance ? best.value : undefined;
}

/** The fix for a value that must be one of a few: "did you mean X?" for a likely typo, else the list. */
export function oneOf(value: string, known: readonly string[]): string {
  const near = closest(value, known);
  return near ? `did you mean ${near}?` : `use one of: ${known.join(", ")}`;
}
