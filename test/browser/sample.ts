// Which pages of a built site the publish gates visit. The full sweep (WM_GATES=all, in
// npm run test:all) visits every page. npm test visits every page that is not a ward profile and
// a few ward profiles chosen by rule from the built site, so the choice follows the data:
// ward pages share one template and differ only in their data file, so the sample covers the
// ways that data differs (see WARD_CASES). Each sampled page says why it was chosen.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {pageKind} from "../../src/lib/publish/budgets.js";
import {attribute, elements, parsePage, textContent, type Element} from "../../src/lib/publish/dom.js";
import {isEmbedPage, listPages} from "../../src/lib/publish/site.js";
import {embedSource} from "../../src/lib/render/embedNames.js";

export interface GatedPage {
  file: string;
  /** Why the gates visit it: "every page", "not a ward page", or the ward cases it covers. */
  reasons: string[];
}

/** What the sample needs to know about a ward profile, from its page in the built site. */
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

/**
 * Each ward page's facts, read from its built HTML: the heading, the lead, the story links and key
 * figures. They all come before the page's first figure, so only that part is parsed: the maps after
 * it are nine tenths of the page, and parsing 192 whole pages took longer than gating the sample.
 */
export function wardFacts(dist: string, wardPages: readonly string[]): WardFacts[] {
  return wardPages.map((file) => {
    const html = readFileSync(join(dist, file), "utf8");
    const figure = html.indexOf("<figure");
    const {document} = parsePage(figure < 0 ? html : html.slice(0, figure), file);
    const classed = (name: string) => (e: Element) => (attribute(e, "class") ?? "").split(" ").includes(name);
    const all = (match: (e: Element) => boolean, root: Parameters<typeof elements>[0] = document) =>
      [...elements(root)].filter(match);
    const name = textContent(all((e) => e.tagName === "h1")[0] ?? fail(file, "no <h1>")).trim();
    const lead = textContent(all(classed("wm-lead"))[0] ?? fail(file, "no lead paragraph"));
    const borough = /, ([^,]+)\. All ward profiles/.exec(lead)?.[1] ?? fail(file, `no borough in "${lead}"`);
    const links = all(classed("wm-story-links"))[0];
    const facts = all(classed("wm-fact-value")).map((e) => textContent(e).replace(/,/g, ""));
    return {
      file,
      name,
      borough,
      stories: links ? all((e) => e.tagName === "a", links).length : 0,
      lsoas: Number(facts[1])
    };
  });
}

function fail(file: string, problem: string): never {
  throw new Error(`${file}: ${problem}; has the ward page's markup changed? See src/lib/render/wardPage.ts`);
}

/**
 * Embed pages come from two templates, and show figures the gates already meet on their pages:
 * Framework's embed pages (a story's figures, the deprivation page's) and pages cut from a built
 * page's figure (publish/embedPages.ts: the home page, the risk index, the borough comparison and
 * the ward profiles). npm test takes a map and a chart of the first story (by slug), and one ward
 * profile's decile map, with its key and tips. The full sweep takes every embed page but the ward
 * profiles' (five or more for each of about 200 wards): of those, every figure of one ward;
 * embedChecks.ts checks all of them without a browser.
 */
const STORY_EMBED_KINDS: Record<string, string> = {area: "a map", people: "a chart"};
/** The ward profile's figure npm test's gates visit: a decile map, with its key and tips. */
const WARD_EMBED = "deprivation";

/** Whether an embed page shows a ward profile's figure: the full sweep visits only a sample of them. */
export const isWardEmbed = (file: string) => /^wards\//.test(embedSource(embedName(file)).page);
const embedName = (file: string) => file.replace(/^embed\/|\.html$/g, "");

export function sampleEmbeds(embeds: readonly string[], every = false): GatedPage[] {
  const source = (file: string) => embedSource(embedName(file));
  const first = (pattern: RegExp) =>
    embeds
      .map((file) => pattern.exec(source(file).page)?.[1])
      .filter((s): s is string => s !== undefined)
      .sort()[0];
  const [story, ward] = [first(/^stories\/(.+)$/), first(/^wards\/(.+)$/)];
  return embeds.flatMap((file): GatedPage[] => {
    const {page, figure} = source(file);
    if (page === `wards/${ward}` && (every || figure === WARD_EMBED))
      return [{file, reasons: [`embed page: ${every ? "every figure" : "a decile map"} of one ward profile`]}];
    if (page.startsWith("wards/")) return [];
    if (every) return [{file, reasons: ["embed page"]}];
    if (page === `stories/${story}` && STORY_EMBED_KINDS[figure])
      return [{file, reasons: [`embed page: ${STORY_EMBED_KINDS[figure]}, from one story`]}];
    return [];
  });
}

/**
 * The pages the gates visit: with `every`, every page but the ward profiles' embed pages, of which
 * a sample (sampleEmbeds); else the sample described above.
 */
export function gatedPages(dist: string, every: boolean): GatedPage[] {
  const pages = listPages(dist);
  const embeds = pages.filter(isEmbedPage);
  if (every)
    return [
      ...pages.filter((p) => !isEmbedPage(p)).map((file) => ({file, reasons: ["every page"]})),
      ...sampleEmbeds(embeds, true)
    ].sort((a, b) => (a.file < b.file ? -1 : 1));
  const wards = pages.filter((p) => pageKind(p) === "ward" && !isEmbedPage(p));
  const others = pages
    .filter((p) => pageKind(p) !== "ward" && !isEmbedPage(p))
    .map((file) => ({file, reasons: ["not a ward page"]}));
  return [...others, ...sampleEmbeds(embeds), ...sampleWards(wardFacts(dist, wards))].sort((a, b) =>
    a.file < b.file ? -1 : 1
  );
}
