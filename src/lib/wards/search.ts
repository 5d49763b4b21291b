/** One place the "find your area" box can go to. `href` is relative to the site root. */
export interface SearchEntry {
  kind: "ward" | "neighbourhood" | "lsoa";
  label: string;
  detail: string;
  href: string;
  /** Borough of a ward entry (the ward list groups by it). */
  district?: string;
}

interface WardForSearch {
  code: string;
  name: string;
  slug: string;
  district_name: string;
  lsoas: readonly {code: string; name: string; msoa: string}[];
  msoas: readonly {code: string; name: string; lsoas_in_ward: number}[];
}

/**
 * Wards, neighbourhoods (MSOAs, by their House of Commons Library names) and LSOA codes. An MSOA
 * goes to the ward holding most of its LSOAs (ties: the ward whose slug sorts first).
 */
export function buildSearchIndex(wards: readonly WardForSearch[]): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const bestWard = new Map<string, {ward: WardForSearch; count: number}>();
  for (const ward of [...wards].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
    const href = `wards/${ward.slug}`;
    entries.push({
      kind: "ward",
      label: ward.name,
      detail: `Ward in ${ward.district_name}`,
      href,
      district: ward.district_name
    });
    for (const l of ward.lsoas)
      entries.push({kind: "lsoa", label: l.code, detail: `LSOA ${l.name}, in ${ward.name} ward`, href});
    for (const m of ward.msoas) {
      const best = bestWard.get(m.code);
      if (!best || m.lsoas_in_ward > best.count) bestWard.set(m.code, {ward, count: m.lsoas_in_ward});
    }
  }
  for (const [code, {ward}] of [...bestWard].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const name = ward.msoas.find((m) => m.code === code)!.name;
    entries.push({
      kind: "neighbourhood",
      label: name,
      detail: `Neighbourhood (MSOA ${code}), mostly in ${ward.name} ward, ${ward.district_name}`,
      href: `wards/${ward.slug}`
    });
  }
  return entries;
}

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/&/g, "and")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Entries matching what the reader typed, best first: names that start with it, then names with a
 * word that starts with it, then names that contain it; wards before neighbourhoods before LSOAs.
 */
export function searchAreas(entries: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = fold(query);
  if (q.length === 0) return [];
  const kindOrder = {ward: 0, neighbourhood: 1, lsoa: 2};
  const scored: {entry: SearchEntry; score: number}[] = [];
  for (const entry of entries) {
    const label = fold(entry.label);
    const score = label.startsWith(q)
      ? 0
      : label.split(/[\s\-/,]+/).some((w) => w.startsWith(q))
        ? 1
        : label.includes(q)
          ? 2
          : -1;
    if (score >= 0) scored.push({entry, score});
  }
  return scored
    .sort(
      (a, b) =>
        a.score - b.score ||
        kindOrder[a.entry.kind] - kindOrder[b.entry.kind] ||
        a.entry.label.localeCompare(b.entry.label, "en-GB")
    )
    .slice(0, limit)
    .map((s) => s.entry);
}
