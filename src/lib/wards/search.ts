/** One place the "find your area" box can go to. `href` is relative to the site root. */
export interface SearchEntry {
  kind: "story" | "ward" | "neighbourhood" | "lsoa";
  /** The name shown, and the first name the entry is found by. */
  label: string;
  detail: string;
  href: string;
  /** Other names it is found by: a story's subtitle, borough and wards; a ward's borough; a code. */
  also: readonly string[];
}

/** What "find your area" needs of a published story: the places its own story.yaml names. */
export interface StoryForSearch {
  slug: string;
  title: string;
  subtitle: string;
  borough: string;
  /** Names of the wards its area lies in. */
  wards: string[];
}

/**
 * data/search-index.json: each name written once, and each neighbourhood and LSOA pointing at its
 * ward by position, so the file stays small; searchEntries turns it into entries in the browser.
 */
export interface SearchIndex {
  boroughs: string[];
  wards: [name: string, slug: string, borough: number][];
  /** MSOAs by their House of Commons Library names, each with the ward holding most of its LSOAs. */
  neighbourhoods: [code: string, name: string, ward: number][];
  lsoas: [code: string, name: string, ward: number][];
  stories: StoryForSearch[];
}

interface WardForSearch {
  code: string;
  name: string;
  slug: string;
  district_name: string;
  lsoas: readonly {code: string; name: string; msoa: string}[];
  msoas: readonly {code: string; name: string; lsoas_in_ward: number}[];
}

const byKey =
  <T>(key: (d: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * Wards, neighbourhoods (MSOAs), LSOAs and the published stories. An MSOA goes to the ward holding
 * most of its LSOAs (ties: the ward whose slug sorts first).
 */
export function buildSearchIndex(
  wards: readonly WardForSearch[],
  stories: readonly StoryForSearch[] = []
): SearchIndex {
  const sorted = [...wards].sort(byKey((w) => w.slug));
  const boroughs = [...new Set(sorted.map((w) => w.district_name))].sort();
  const index: SearchIndex = {boroughs, wards: [], neighbourhoods: [], lsoas: [], stories: [...stories]};
  const bestWard = new Map<string, {name: string; ward: number; count: number}>();
  sorted.forEach((ward, i) => {
    index.wards.push([ward.name, ward.slug, boroughs.indexOf(ward.district_name)]);
    for (const l of ward.lsoas) index.lsoas.push([l.code, l.name, i]);
    for (const m of ward.msoas) {
      const best = bestWard.get(m.code);
      if (!best || m.lsoas_in_ward > best.count) bestWard.set(m.code, {name: m.name, ward: i, count: m.lsoas_in_ward});
    }
  });
  for (const [code, {name, ward}] of [...bestWard].sort(byKey(([c]) => c)))
    index.neighbourhoods.push([code, name, ward]);
  index.stories.sort(byKey((s) => s.slug));
  return index;
}

/** The index as entries to search, each with the words the reader sees. */
export function searchEntries({boroughs, wards, neighbourhoods, lsoas, stories}: SearchIndex): SearchEntry[] {
  const ward = wards.map(([name, slug, borough]) => ({name, href: `wards/${slug}`, borough: boroughs[borough]}));
  return [
    ...stories.map(({slug, title, subtitle, borough, wards}): SearchEntry => ({
      kind: "story",
      label: title,
      detail: `Story in ${borough}${subtitle ? `: ${subtitle}` : ""}`,
      href: `stories/${slug}`,
      also: [subtitle, borough, ...wards].filter(Boolean)
    })),
    ...ward.map(({name, href, borough}): SearchEntry => ({
      kind: "ward",
      label: name,
      detail: `Ward in ${borough}`,
      href,
      also: [borough]
    })),
    ...neighbourhoods.map(([code, name, w]): SearchEntry => ({
      kind: "neighbourhood",
      label: name,
      detail: `Neighbourhood (MSOA ${code}), mostly in ${ward[w].name} ward, ${ward[w].borough}`,
      href: ward[w].href,
      also: [code]
    })),
    ...lsoas.map(([code, name, w]): SearchEntry => ({
      kind: "lsoa",
      label: name,
      detail: `LSOA ${code}, in ${ward[w].name} ward`,
      href: ward[w].href,
      also: [code]
    }))
  ];
}
