import {editDistance} from "../util/editDistance.js";
import type {SearchEntry} from "./search.js";

/**
 * A name as compared: no accents, case, apostrophes or full stops ("King's" = "Kings", "St." = "St"),
 * "&" as "and", and every other run of punctuation or space as one space ("place-based" = "place based").
 */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** How a name matches, best first. */
export const MATCH = {exact: 0, prefix: 1, wordPrefix: 2, contains: 3, typo: 4} as const;

export interface NameMatch {
  tier: (typeof MATCH)[keyof typeof MATCH];
  /** Edits of a typo (0 otherwise). */
  edits: number;
}

/**
 * The most typing mistakes taken for a query of this length: none up to four characters (too many
 * names are one edit from "hall"), one up to eight ("Hawksley"), two from nine ("Hilfields" has one).
 * Queries with a digit are codes or LSOA names, typed or pasted exactly: no typos.
 */
export function typoLimit(query: string): number {
  if (/\d/.test(query)) return 0;
  return query.length >= 9 ? 2 : query.length >= 5 ? 1 : 0;
}

/** Where each word of a folded name starts. */
function wordStarts(name: string): number[] {
  const starts = [0];
  for (let i = 1; i < name.length; i++) if (name[i - 1] === " ") starts.push(i);
  return starts;
}

/**
 * How a folded name matches a folded query: the whole name, its start, the start of a later word
 * ("pool farm" in "hawkesley pool farm and primrose hill"), anywhere, or, failing those, the start
 * of a word within `maxEdits` typing mistakes (Damerau–Levenshtein to the nearest prefix) in a name
 * without digits.
 */
export function matchName(name: string, query: string, maxEdits = typoLimit(query)): NameMatch | undefined {
  if (query === "") return undefined;
  if (name === query) return {tier: MATCH.exact, edits: 0};
  if (name.startsWith(query)) return {tier: MATCH.prefix, edits: 0};
  const starts = wordStarts(name);
  if (starts.some((i) => name.startsWith(query, i))) return {tier: MATCH.wordPrefix, edits: 0};
  if (name.includes(query)) return {tier: MATCH.contains, edits: 0};
  // Names with a digit (codes, "Birmingham 128A") are typed exactly: "Birmingam" should not list LSOAs.
  if (maxEdits === 0 || /\d/.test(name)) return undefined;
  // A prefix more than maxEdits longer than the query is more than maxEdits away: compare no further.
  const edits = Math.min(
    ...starts.map((i) =>
      editDistance(query, name.slice(i, i + query.length + maxEdits), {
        transpositions: true,
        prefix: true,
        max: maxEdits
      })
    )
  );
  return edits <= maxEdits ? {tier: MATCH.typo, edits} : undefined;
}

const compareMatches = (a: NameMatch, b: NameMatch) => a.tier - b.tier || a.edits - b.edits;

/** Stories and wards before neighbourhoods, neighbourhoods before LSOAs, when they match equally well. */
const KIND_ORDER: Record<SearchEntry["kind"], number> = {story: 0, ward: 1, neighbourhood: 2, lsoa: 3};

const alphabetical = new Intl.Collator("en-GB");

/** Each entry's folded names, label first, made once per list of entries. */
const folded = new WeakMap<readonly SearchEntry[], string[][]>();
function foldedNames(entries: readonly SearchEntry[]): string[][] {
  let names = folded.get(entries);
  if (!names) folded.set(entries, (names = entries.map((e) => [e.label, ...e.also].map(foldName))));
  return names;
}

type Found = {entry: SearchEntry; match: NameMatch; other: number};

/** Every entry with a name matching `query` within `maxEdits`, with its best match. */
function matching(entries: readonly SearchEntry[], query: string, maxEdits: number): Found[] {
  const names = foldedNames(entries);
  const found: Found[] = [];
  entries.forEach((entry, i) => {
    let best: Omit<Found, "entry"> | undefined;
    names[i].forEach((name, n) => {
      const match = matchName(name, query, maxEdits);
      if (match && (!best || compareMatches(match, best.match) < 0)) best = {match, other: n === 0 ? 0 : 1};
    });
    if (best) found.push({entry, ...best});
  });
  return found;
}

/**
 * Entries matching what the reader typed, best first: by how well (exact, prefix, word prefix,
 * anywhere), then stories, wards, neighbourhoods and LSOAs, then a match on the name shown before
 * one on another name, then alphabetically. Typos count only when nothing matches as typed (a
 * "did you mean": otherwise they add noise), fewest edits first. At most `limit`, except that every
 * exact match is listed: all of a borough's wards when the reader types the borough.
 */
export function searchAreas(entries: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = foldName(query);
  if (q === "") return [];
  let found = matching(entries, q, 0);
  if (found.length === 0) found = matching(entries, q, typoLimit(q));
  found.sort(
    (a, b) =>
      compareMatches(a.match, b.match) ||
      KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
      a.other - b.other ||
      alphabetical.compare(a.entry.label, b.entry.label)
  );
  const exact = found.filter((f) => f.match.tier === MATCH.exact).length;
  return found.slice(0, Math.max(limit, exact)).map((f) => f.entry);
}
