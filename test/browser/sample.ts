// Which pages of a built site the publish gates visit. The full sweep (WM_GATES=all, in
// npm run test:all) visits every page. npm test visits every page that is not a ward profile and
// a few ward profiles chosen by rule from the built site, so the choice follows the data:
// ward pages share one template and differ only in their data file, so the sample covers the
// ways that data differs (see WARD_CASES). Each sampled page says why it was chosen.
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {pageKind} from "../../src/lib/publish/budgets.js";
import {listPages} from "../../src/lib/publish/site.js";

export interface GatedPage {
  file: string;
  /** Why the gates visit it: "every page", "not a ward page", or the ward cases it covers. */
  reasons: string[];
}

/** What the sample needs to know about a ward profile, from its data file in the built site. */
export interface WardFacts {
  file: string;
  name: string;
  borough: string;
  stories: number;
  lsoas: number;
}

interface WardCase {
  label: string;
  applies: (ward: WardFacts) => boolean;
}

const slugOrder = (a: WardFacts, b: WardFacts) => (a.file < b.file ? -1 : 1);

/**
 * The ways ward pages differ: each borough (its own comparison figures and data), a ward with a
 * story (the story links) and one without, names with an apostrophe or an ampersand (escaping in
 * titles, summaries, slugs and links), and the wards with the most LSOAs (the longest tables and
 * the heaviest data: the transfer budget's worst case) and the fewest (the map fitted to the
 * smallest shape).
 */
export function wardCases(wards: readonly WardFacts[]): WardCase[] {
  const boroughs = [...new Set(wards.map((w) => w.borough))].sort();
  const lsoas = wards.map((w) => w.lsoas);
  return [
    ...boroughs.map((borough) => ({label: `in ${borough}`, applies: (w: WardFacts) => w.borough === borough})),
    {label: "has a story", applies: (w) => w.stories > 0},
    {label: "has no story", applies: (w) => w.stories === 0},
    {label: "apostrophe in its name", applies: (w) => /['’]/.test(w.name)},
    {label: "ampersand in its name", applies: (w) => w.name.includes("&")},
    {label: "most LSOAs", applies: (w) => w.lsoas === Math.max(...lsoas)},
    {label: "fewest LSOAs", applies: (w) => w.lsoas === Math.min(...lsoas)}
  ];
}

/**
 * Few wards that between them cover every case some ward has: the rarest case not yet covered
 * first, by the ward among its wards that covers the most other open cases (ties: first slug).
 */
export function sampleWards(wards: readonly WardFacts[]): GatedPage[] {
  let open = wardCases(wards)
    .map((c) => ({label: c.label, wards: wards.filter((w) => c.applies(w))}))
    .filter((c) => c.wards.length > 0);
  const picked: GatedPage[] = [];
  while (open.length) {
    const rarest = open.reduce((a, b) => (b.wards.length < a.wards.length ? b : a));
    const covers = (w: WardFacts) => open.filter((c) => c.wards.includes(w));
    const best = [...rarest.wards].sort((a, b) => covers(b).length - covers(a).length || slugOrder(a, b))[0];
    picked.push({file: best.file, reasons: covers(best).map((c) => c.label)});
    open = open.filter((c) => !c.wards.includes(best));
  }
  return picked;
}

/** Each ward page's facts, from the data file it loads (_file/data/wards/<slug>.<hash>.json). */
export function wardFacts(dist: string, wardPages: readonly string[]): WardFacts[] {
  const dataDir = join(dist, "_file", "data", "wards");
  const dataFiles = readdirSync(dataDir);
  return wardPages.map((file) => {
    const slug = file.replace(/^wards\//, "").replace(/\.html$/, "");
    const data = dataFiles.find((f) => new RegExp(`^${slug}\\.[0-9a-f]+\\.json$`).test(f));
    if (!data) throw new Error(`${file} has no data file ${slug}.<hash>.json in ${dataDir}`);
    const ward = JSON.parse(readFileSync(join(dataDir, data), "utf8"));
    return {file, name: ward.name, borough: ward.district_name, stories: ward.stories.length, lsoas: ward.lsoas.length};
  });
}

/** The pages the gates visit: all of them when `every` is set, else the sample described above. */
export function gatedPages(dist: string, every: boolean): GatedPage[] {
  const pages = listPages(dist);
  if (every) return pages.map((file) => ({file, reasons: ["every page"]}));
  const wards = pages.filter((p) => pageKind(p) === "ward");
  const others = pages.filter((p) => pageKind(p) !== "ward").map((file) => ({file, reasons: ["not a ward page"]}));
  return [...others, ...sampleWards(wardFacts(dist, wards))].sort((a, b) => (a.file < b.file ? -1 : 1));
}
