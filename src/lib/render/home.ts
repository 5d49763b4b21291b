import {areaMap, swatchLegend} from "../../components/areaMap.js";
import {dataTable} from "../../components/dataTable.js";
import {hyperscript} from "../../components/dom.js";
import {figure} from "../../components/figure.js";
import {HIGHLIGHT, OTHER_AREA} from "../../components/palette.js";
import {responsive} from "../../components/responsive.js";
import {zoomable} from "../../components/zoom.js";
import {sourceLine, type ProvenanceEntry} from "../../components/sourceLine.js";
import {formatInteger} from "../format.js";
import type {AreaTopology} from "../model/topology.js";
import {storyMapSentence} from "../summaries/home.js";
import {withDerivedEmbed} from "./embed.js";
import {drawn, markdownPage, searchSlot} from "./page.js";
import {serverDocument} from "./serverDocument.js";
import {simplifyForWidth} from "./simplify.js";

/** A story in this build, as the home page's map and table show it. */
export interface HomeStory {
  slug: string;
  title: string;
  subtitle?: string | null;
  borough: string;
  area: {lsoa_codes: readonly string[]; ward_codes: readonly string[]};
}

export interface KeyFigure {
  id: string;
  measure: string;
  area_name: string;
  value: number;
  unit: string;
  period: string;
  topic: string;
  source: string;
}

export interface HomeData {
  /** Ward, LSOA and district shapes (the model's topology). */
  topology: AreaTopology;
  /** Every story in this build (drafts only in the dev server): outlined on the map. */
  stories: readonly HomeStory[];
  /** Stories whose page this build has, and whether /stories exists. */
  pages: {index: boolean; stories: readonly {slug: string; title: string}[]};
  keyFigures: readonly KeyFigure[];
  provenance: readonly ProvenanceEntry[];
}

/** The key figures shown as headlines, in this order (when the needs assessments' table has them). */
const HEADLINES = [
  "population_wm",
  "knife_crime_wm_2019",
  "knife_victims_16_24",
  "vwi_rate_wm_2019",
  "vwi_domestic_share",
  "exclusion_secondary_wm_1718"
];
type WardProperties = {name: string; district: string};
const MAP_SOURCES = ["boundaries/ward25.geojson", "boundaries/lsoa21.geojson", "lookups/lsoa21_ward25_lad25.csv"];

const INTRO = `# West Midlands story maps

Place-based story maps and open data for the seven West Midlands boroughs: Birmingham, Coventry,
Dudley, Sandwell, Solihull, Walsall and Wolverhampton. They bring together deprivation, recorded
crime and population data with the work of the West Midlands Violence Reduction Partnership and its
partners.`;

const KEY_FIGURES_INTRO = `## Key figures

Figures published in the West Midlands Violence Reduction Unit's needs assessments, each with its
period and source.`;

const KEY_FIGURES_NOTE = `The figures are transcribed from the published assessments
(see [sources and methods](./sources)). They describe the years each assessment covered, not today.`;

const keyFigureValue = (v: number) => (Number.isInteger(v) ? formatInteger(v) : String(v));

/** The home page: where to go, the region's map with the story areas, and the key figures. */
export function homeMarkdown(data: HomeData): string {
  const document = serverDocument();
  const h = hyperscript(document);
  const entry = (href: string, title: string, text: string) =>
    h("li", {}, h("a", {href}, h("strong", {}, title)), h("br"), text);
  const entryPoints = h(
    "ul",
    {class: "wm-entry-points"},
    data.pages.index ? entry("./stories/", "Stories", "Place-based story maps of the pilot and story areas.") : null,
    entry(
      "./risk-index",
      "Neighbourhood risk index",
      "Every neighbourhood (MSOA) ranked on open indicators, with the method and a CSV."
    ),
    entry("./wards/", "Ward profiles", "A profile of every ward: deprivation, crime, age and risk."),
    entry("./boroughs", "Borough comparison", "The seven boroughs on the needs assessments' indicators."),
    entry("./deprivation", "Deprivation map", "Every neighbourhood on the Index of Multiple Deprivation 2025."),
    entry("./sources", "Sources and methods", "Every file the site is built from, with its publisher and licence.")
  );
  const readStories = data.pages.stories.length
    ? h(
        "p",
        {},
        "Read the stories: ",
        data.pages.stories.map((s, i) => [i ? ", " : "", h("a", {href: `./stories/${s.slug}`}, s.title)])
      )
    : null;
  return markdownPage({title: "West Midlands story maps", search: true}, [
    INTRO,
    searchSlot(),
    "## Explore",
    drawn(entryPoints),
    "## The region at a glance",
    drawn(withDerivedEmbed(regionFigure(data, document), "index", "map", "the home page")),
    ...(readStories ? [drawn(readStories)] : []),
    KEY_FIGURES_INTRO,
    drawn(keyFigures(data.keyFigures, document)),
    KEY_FIGURES_NOTE
  ]);
}

/** The seven boroughs' wards, those with a story area in red and the story areas outlined. */
function regionFigure({topology, stories, provenance}: HomeData, document: Document): HTMLElement {
  const props = <P>(g: {properties?: unknown}) => g.properties as P;
  const wards = topology.objects.ward.geometries.map((g) => ({code: String(g.id), ...props<WardProperties>(g)}));
  const districts = topology.objects.district.geometries;
  const districtName = new Map(districts.map((g) => [String(g.id), props<{name: string}>(g).name]));
  const wardName = new Map(wards.map((w) => [w.code, w.name]));
  const boroughOf = new Map(wards.map((w) => [w.code, districtName.get(w.district) ?? ""]));
  const storyOfWard = new Map(stories.flatMap((s) => s.area.ward_codes.map((w) => [w, s])));
  const storyWards = (s: HomeStory) => {
    const names = s.area.ward_codes.map((w) => wardName.get(w) ?? w);
    return `${names.join(", ")} ${names.length === 1 ? "ward" : "wards"}`;
  };
  return figure({
    id: "region-map",
    title: "The seven boroughs and the story areas",
    units: "Wards (May 2025); story areas outlined and labelled",
    summary: storyMapSentence(stories),
    legend: swatchLegend(
      [
        {label: "Ward with a story area", color: HIGHLIGHT},
        {label: "Other wards", color: OTHER_AREA}
      ],
      "Wards",
      {document}
    ),
    graphic: zoomable(
      responsive(
        (width) =>
          areaMap(simplifyForWidth(topology, width), {
            layer: "ward",
            fill: (code) => (storyOfWard.has(code) ? HIGHLIGHT : OTHER_AREA),
            title: (code, name) => {
              const story = storyOfWard.get(code);
              return `${name} ward, ${boroughOf.get(code) ?? ""}${story ? `\nStory: ${story.title}` : ""}`;
            },
            outlines: stories.map((s) => ({
              layer: "lsoa",
              codes: s.area.lsoa_codes,
              label: s.title,
              key: s.slug,
              title: `Story: ${s.title}\n${storyWards(s)}, ${s.borough}`
            })),
            districtLabels: true,
            width,
            document
          }),
        {document}
      )
    ),
    table: [storyAreasTable(stories, wardName, document), wardsTable(wards, boroughOf, storyOfWard, document)],
    source: sourceLine(provenance, MAP_SOURCES, {document}),
    document
  });
}

/** The story areas outlined on the region's map, a row each, keyed like their outlines. */
function storyAreasTable(stories: readonly HomeStory[], wardName: Map<string, string>, document: Document) {
  return dataTable({
    caption: "Story areas",
    summary: "Show the story areas as a table",
    rows: stories,
    key: (d) => d.slug,
    columns: [
      {label: "Story", value: (d) => d.title},
      {label: "About", value: (d) => d.subtitle ?? null},
      {label: "Borough", value: (d) => d.borough},
      {label: "LSOAs", value: (d) => d.area.lsoa_codes.length, numeric: true},
      {label: "Wards", value: (d) => d.area.ward_codes.map((w) => wardName.get(w) ?? w).join(", ")}
    ],
    document
  });
}

/** Every ward on the region's map, keyed like its shape, so the keyboard reaches every ward's tip (tips.ts). */
function wardsTable(
  wards: readonly {code: string; name: string}[],
  boroughOf: Map<string, string>,
  storyOfWard: Map<string, HomeStory>,
  document: Document
) {
  const borough = (w: {code: string}) => boroughOf.get(w.code) ?? "";
  return dataTable({
    caption: "Wards and their boroughs",
    summary: `Show all ${formatInteger(wards.length)} wards as a table`,
    rows: [...wards].sort((a, b) => borough(a).localeCompare(borough(b)) || a.name.localeCompare(b.name)),
    key: (w) => w.code,
    columns: [
      {label: "Ward", value: (w) => w.name},
      {label: "Borough", value: borough},
      {label: "Story", value: (w) => storyOfWard.get(w.code)?.title}
    ],
    document
  });
}

/** The headline figures, then every key figure in a table. */
function keyFigures(figures: readonly KeyFigure[], document: Document): HTMLElement {
  const h = hyperscript(document);
  const byId = new Map(figures.map((d) => [d.id, d]));
  const headlines = HEADLINES.flatMap((id) => byId.get(id) ?? []).map((d) =>
    h(
      "li",
      {},
      h("span", {class: "wm-fact-value"}, `${keyFigureValue(d.value)} ${d.unit}`),
      `${d.measure} (${d.area_name})`,
      h("span", {class: "wm-fact-note"}, `${d.period}. Source: ${d.source}`)
    )
  );
  return h(
    "div",
    {class: "wm-key-figures"},
    h("ul", {class: "wm-facts", "aria-label": "Headline figures"}, headlines),
    dataTable({
      caption: "Key figures from the needs assessments",
      summary: `Show all ${figures.length} key figures`,
      rows: figures,
      columns: [
        {label: "Measure", value: (d) => d.measure},
        {label: "Area", value: (d) => d.area_name},
        {label: "Value", value: (d) => d.value, numeric: true, format: (v) => keyFigureValue(Number(v))},
        {label: "Unit", value: (d) => d.unit},
        {label: "Period", value: (d) => d.period},
        {label: "Topic", value: (d) => d.topic},
        {label: "Source", value: (d) => d.source}
      ],
      document
    })
  );
}
