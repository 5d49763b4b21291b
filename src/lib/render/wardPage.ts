import type {Topology} from "topojson-specification";
import {feature} from "topojson-client";
import {locatorMap} from "../../components/locatorMap.js";
import {compareDots} from "../../components/compareChart.js";
import {dataTable, type TableColumn} from "../../components/dataTable.js";
import {decileLegend, decileMap} from "../../components/decileMap.js";
import {hyperscript} from "../../components/dom.js";
import {figure} from "../../components/figure.js";
import {responsive, WIDE} from "../../components/responsive.js";
import {sourceLine, type ProvenanceEntry} from "../../components/sourceLine.js";
import {formatDecimal, formatInteger, formatShare} from "../format.js";
import type {PoliceCrime} from "../model/policeCrime.js";
import type {AreaTopology} from "../model/topology.js";
import {lsoaLabel} from "../summaries/areaNames.js";
import {asbCaveatSentence, CRIME_RATE_WORDS, RATE_DEFINITION_NOTE, RATE_UNIT} from "../summaries/crime.js";
import {IMD_DECILE_UNITS, IMD_RANK_LABEL, imdRankText, mostDeprivedSentence} from "../summaries/deprivation.js";
import {ageSentence, domainSentence, locatorSentence, rateSentence, riskSentence} from "../summaries/ward.js";
import type {Compared, WardProfile} from "../wards/profile.js";
import {serverDocument} from "./serverDocument.js";
import {downloadBlock, similarAreasBlock} from "./similarAreas.js";
import {htmlLines, toHtml, type SafeHtml} from "./html.js";
import {deferredHtml} from "./deferred.js";
import {withDerivedEmbed} from "./embed.js";
import {drawn, markdownPage, searchSlot} from "./page.js";
import {policeCrimeBlock} from "./policeFigures.js";
import {simplifyForWidth} from "./simplify.js";
import {uniqueStyles} from "./styles.js";

export interface WardPageInputs {
  /** The region's boundaries: the ward's LSOAs for its decile map, wards and boroughs for the locator. */
  topology: AreaTopology;
  /** Every source file, for the figures' source lines. */
  provenance: readonly ProvenanceEntry[];
  /** police.uk's monthly crimes, when the sources folder has them: the ward gains a trend and a map of rates. */
  police?: PoliceCrime | null;
}

const locators = new WeakMap<AreaTopology, Map<number, Topology>>();

/** The region's boundaries with only the detail a locator map `width` px wide shows, made once per width. */
function locatorTopology(topology: AreaTopology, width: number): Topology {
  const made = locators.get(topology) ?? new Map<number, Topology>();
  locators.set(topology, made);
  if (!made.has(width)) made.set(width, simplifyForWidth(topology, width) as unknown as Topology);
  return made.get(width)!;
}

type SeriesKey = "ward" | "district" | "region" | "england";
interface Series {
  key: SeriesKey;
  name: string;
}

const orDash = (format: (v: number) => string) => (v: string | number | null | undefined) =>
  v === null || v === undefined ? "–" : format(Number(v));
const integer = orDash(formatInteger);
const share = orDash(formatShare);
const rate = orDash((v) => formatDecimal(v, 1));

/** One dot per area and measure, drawn at both widths: a ward against its borough, the region… */
function dots(rows: readonly Compared[], series: readonly Series[], label: string, format: (v: number) => string) {
  const document = serverDocument();
  const points = rows.flatMap((r) => series.map((s) => ({category: r.label, series: s.name, value: r[s.key] ?? null})));
  return responsive(
    (width) =>
      compareDots(points, {
        category: (d) => d.category,
        series: (d) => d.series,
        seriesOrder: series.map((s) => s.name),
        value: (d) => d.value,
        label,
        format,
        width,
        // On a narrow drawing the measures' names go above their rows, leaving the width to the dots.
        categoryLabels: width < WIDE ? "above" : "left",
        document
      }),
    {document}
  );
}

/** The comparison table under a dot chart: one row per measure, one column per area. */
function compareTable(
  caption: string,
  rows: readonly Compared[],
  first: string,
  series: readonly Series[],
  format: (v: string | number | null | undefined) => string
) {
  return dataTable<Compared>({
    caption,
    rows,
    columns: [
      {label: first, value: (d) => d.label},
      ...series.map((s): TableColumn<Compared> => ({label: s.name, value: (d) => d[s.key], numeric: true, format}))
    ],
    document: serverDocument()
  });
}

function figures(ward: WardProfile, {topology, provenance}: WardPageInputs) {
  const document = serverDocument();
  const source = (files: string[]) => sourceLine(provenance, files, {document});
  const series: Series[] = [
    {key: "ward", name: ward.name},
    {key: "district", name: ward.district_name},
    {key: "region", name: "Seven boroughs"}
  ];
  const crimeSeries: Series[] = [...series, {key: "england", name: "England"}];
  const wardGeometries = topology.objects.ward.geometries;
  const wardsInDistrict = wardGeometries.filter(
    (g) => (g.properties as {district?: string} | undefined)?.district === ward.district_code
  ).length;
  const wardShape = feature(topology, {
    type: "GeometryCollection",
    geometries: wardGeometries.filter((g) => g.id === ward.code)
  });

  const msoaOf = new Map(ward.lsoas.map((d) => [d.code, d.msoa]));
  const rankOf = new Map(ward.lsoas.map((d) => [d.code, d.imd_rank]));
  // Tooltips name an LSOA by its neighbourhood and ward first, as the story maps do (lsoaLabel).
  const lsoaTip = (code: string, name: string) =>
    lsoaLabel({code, name, neighbourhood: msoaOf.get(code), ward: ward.name});
  const where = figure({
    id: "ward-locator",
    title: `${ward.name} within the seven boroughs`,
    units: "Map of the seven West Midlands boroughs; the ward's neighbourhoods (LSOAs) are shaded",
    summary: locatorSentence(ward.name, ward.district_name, wardsInDistrict, ward.population),
    graphic: responsive(
      (width) =>
        locatorMap(locatorTopology(topology, width), {
          area: [...msoaOf.keys()],
          district: ward.district_code,
          // Only the ward's outline has a tip, that of the table's one row, reached from the keyboard (tips.ts).
          // Its LSOAs, specks at the region's scale, have none: the deprivation map below shows them with
          // the same names in a table.
          areaTip: {title: `${ward.name} ward, ${ward.district_name}`, key: ward.code},
          width,
          document
        }),
      {document}
    ),
    table: dataTable({
      caption: `Where ${ward.name} is`,
      rows: [ward],
      key: (d) => d.code,
      columns: [
        {label: "Ward", value: (d) => d.name},
        {label: "ONS code", value: (d) => d.code},
        {label: "Borough", value: (d) => d.district_name},
        {label: "Wards in the borough", value: () => wardsInDistrict, numeric: true}
      ],
      document
    }),
    source: source(["boundaries/ward25.geojson", "lookups/lsoa21_msoa21_ward25_pop2024.csv"]),
    document
  });

  const deprivation = figure({
    id: "ward-deprivation",
    title: `Index of Multiple Deprivation 2025 in ${ward.name}`,
    units: IMD_DECILE_UNITS,
    summary: mostDeprivedSentence(ward.lsoas, ward.name),
    legend: decileLegend(
      ward.lsoas.map((d) => d.imd_decile),
      {document}
    ),
    // No text in the map, so one drawing serves every width.
    graphic: decileMap(topology, {
      deciles: new Map(ward.lsoas.map((d) => [d.code, d.imd_decile])),
      lsoas: new Set(msoaOf.keys()),
      outlines: ["ward"],
      outlineCodes: new Set([ward.code]),
      fitTo: wardShape,
      areaName: lsoaTip,
      describe: (code) => imdRankText(rankOf.get(code)),
      width: WIDE,
      document
    }),
    table: dataTable({
      caption: `IMD 2025 for each LSOA in ${ward.name}`,
      rows: ward.lsoas,
      key: (d) => d.code,
      columns: [
        {label: "LSOA", value: (d) => `${d.name} (${d.code})`},
        {label: "Neighbourhood (MSOA)", value: (d) => d.msoa},
        {label: "IMD decile", value: (d) => d.imd_decile, numeric: true},
        {label: IMD_RANK_LABEL, value: (d) => d.imd_rank, numeric: true, format: integer},
        {label: "IMD score", value: (d) => d.imd_score, numeric: true, format: rate},
        {label: "Residents (mid-2024)", value: (d) => d.population, numeric: true, format: integer}
      ],
      document
    }),
    source: source([
      "deprivation/iod2025_lsoa21_domains.csv",
      "boundaries/lsoa21.geojson",
      "lookups/lsoa21_ward25_lad25.csv"
    ]),
    document
  });

  const domains = figure({
    id: "ward-domains",
    title: `Deprivation domains: ${ward.name} against ${ward.district_name} and the seven boroughs`,
    units: "Share of LSOAs among England's most deprived 10% on each IoD2025 measure (England: 10% by definition)",
    summary: domainSentence(ward.name, ward.district_name, ward.domains),
    graphic: dots(ward.domains, series, "Share of LSOAs in England's most deprived 10% →", (v) => formatShare(v)),
    table: compareTable("Share of LSOAs in England's most deprived 10%", ward.domains, "Measure", series, share),
    source: source(["deprivation/iod2025_lsoa21_domains.csv", "lookups/lsoa21_ward25_lad25.csv"]),
    document
  });

  const crime = figure({
    id: "ward-crime",
    title: `Recorded crime rates in ${ward.name}`,
    // The story pages' words for the same measure; how every area's rate is made follows the figure.
    units: CRIME_RATE_WORDS.units,
    summary: rateSentence(ward.name, ward.district_name, ward.crime[0], RATE_UNIT),
    graphic: dots(ward.crime, crimeSeries, `${CRIME_RATE_WORDS.label} →`, (v) => formatDecimal(v, 1)),
    table: compareTable(CRIME_RATE_WORDS.caption, ward.crime, "Offence group", crimeSeries, rate),
    source: source([
      "deprivation/iod2025_lsoa21_indicators.csv",
      "deprivation/iod2025_lsoa21_indicators_england.csv.gz",
      "lookups/lsoa21_msoa21_ward25_pop2024.csv"
    ]),
    document
  });

  const ages = figure({
    id: "ward-ages",
    title: `Age of residents in ${ward.name}`,
    units:
      "Share of residents in each age band, mid-2020 (ONS estimates on 2011 LSOAs, moved onto 2021 LSOAs: " +
      `${formatInteger(Math.round(ward.residents_mid2020))} residents in the ward)`,
    summary: ageSentence(ward.name, ward.district_name, ward.ages[1]),
    graphic: dots(ward.ages, series, "Share of residents →", (v) => formatShare(v)),
    table: compareTable("Share of residents by age band, mid-2020", ward.ages, "Age band", series, share),
    source: source([
      "population/lsoa11_mid2020_single_year_of_age.csv",
      "lookups/lsoa11_lsoa21.csv",
      "lookups/lsoa21_msoa21_ward25_pop2024.csv"
    ]),
    document
  });

  return {where, deprivation, domains, crime, ages};
}

/** The ward's police.uk trend and map of rates. */
function wardPoliceCrime(ward: WardProfile, {topology, provenance, police}: WardPageInputs): HTMLElement {
  const area = {name: ward.name, lsoas: ward.lsoas, id: "ward"};
  return policeCrimeBlock(police!, area, {topology, provenance, document: serverDocument()});
}

/** The key figures under the heading: residents, LSOAs and how many are in England's most deprived 10%. */
function keyFacts(ward: WardProfile): HTMLElement {
  const h = hyperscript(serverDocument());
  const fact = (value: string, label: string, note: string) =>
    h("li", {}, h("span", {class: "wm-fact-value"}, value), label, h("span", {class: "wm-fact-note"}, note));
  const mostDeprived = ward.lsoas.filter((d) => d.imd_decile === 1).length;
  return h(
    "ul",
    {class: "wm-facts", "aria-label": "Key figures"},
    fact(formatInteger(ward.population), "residents", "ONS mid-2024 estimate"),
    fact(formatInteger(ward.lsoas.length), "neighbourhoods (LSOAs)", "2021 boundaries"),
    fact(
      `${mostDeprived} of ${ward.lsoas.length}`,
      "in England's most deprived 10%",
      "Index of Multiple Deprivation 2025"
    )
  );
}

/**
 * What qualifies the crime rates, as on the story pages: the anti-social behaviour caveat, the rates'
 * definition. Notes, not the page's lead: their class keeps them out of the page's description.
 */
function crimeNotes(ward: WardProfile): SafeHtml[] {
  const h = hyperscript(serverDocument());
  const notes = [asbCaveatSentence(ward.recording), RATE_DEFINITION_NOTE];
  return notes.map((note) => drawn(h("p", {class: "story-note"}, note)));
}

function storyLinks(ward: WardProfile): HTMLElement | null {
  if (!ward.stories.length) return null;
  const h = hyperscript(serverDocument());
  return h(
    "p",
    {class: "wm-story-links"},
    "Story maps about this place: ",
    ward.stories.map((s, i) => [i ? ", " : "", h("a", {href: `../stories/${s.slug}`}, s.title)])
  );
}

function riskSection(ward: WardProfile): SafeHtml {
  const h = hyperscript(serverDocument());
  const lead = h(
    "p",
    {},
    `${riskSentence(ward.name, ward.msoas, ward.risk_msoas)} `,
    h("a", {href: "../risk-index"}, "See the full risk index"),
    " and ",
    h("a", {href: "../risk-index-method"}, "how it is made"),
    "."
  );
  const table = dataTable({
    caption: `Risk index rank of the neighbourhoods (MSOAs) ${ward.name} overlaps`,
    summary: "Show the neighbourhoods and their ranks",
    open: true,
    rows: ward.msoas,
    columns: [
      {label: "Neighbourhood (MSOA)", value: (d) => d.name},
      {
        label: `Risk index rank (of ${ward.risk_msoas})`,
        value: (d) => d.rank,
        numeric: true,
        format: (v, d) => `${v}${d.tied > 1 ? " (tied)" : ""}`
      },
      {label: "In the top 10%", value: (d) => (d.top10 ? "Yes" : "No")},
      {label: "LSOAs in this ward", value: (d) => `${d.lsoas_in_ward} of ${d.lsoas_in_msoa}`}
    ],
    document: serverDocument()
  });
  return htmlLines([drawn(lead), deferredHtml(drawn(table))]);
}

const heading = (level: 1 | 2, text: string, id?: string) => {
  const h = hyperscript(serverDocument());
  return toHtml(h(`h${level}`, {id}, text));
};

/**
 * The Markdown page Framework renders for /wards/<slug>: every heading, number, figure and table in
 * the HTML. The page's script only enhances it: sortable tables, tooltips, and the area search,
 * whose index loads when the reader first uses the box.
 */
export function wardPageMarkdown(ward: WardProfile, inputs: WardPageInputs): string {
  const h = hyperscript(serverDocument());
  const {where, deprivation, domains, crime, ages} = figures(ward, inputs);
  uniqueStyles([where, deprivation, domains, crime, ages]);
  const lead = h(
    "p",
    {class: "wm-lead"},
    `Ward profile: ${ward.name}, ${ward.district_name}. `,
    h("a", {href: "./"}, "All ward profiles"),
    " · ",
    h("a", {href: "../risk-index"}, "Risk index"),
    " · ",
    h("a", {href: "../boroughs"}, "Borough comparison")
  );
  const links = storyLinks(ward);
  const police = inputs.police && wardPoliceCrime(ward, inputs);
  const shown = {locator: where, deprivation, domains, crime, ages, ...(police ? {police} : {})};
  for (const [name, figure] of Object.entries(shown))
    withDerivedEmbed(figure, `wards/${ward.slug}`, name, `the ward profile of ${ward.name}`);
  const title = `${ward.name} ward, ${ward.district_name}`;
  return markdownPage({title, root: "../", search: true, searchLabel: "Find another area"}, [
    heading(1, ward.name),
    drawn(lead),
    searchSlot(),
    drawn(keyFacts(ward)),
    ...(links ? [drawn(links)] : []),
    heading(2, "Where it is", "where"),
    drawn(where),
    heading(2, "Deprivation", "deprivation"),
    drawn(deprivation),
    drawn(domains),
    heading(2, "Recorded crime", "crime"),
    drawn(crime),
    ...crimeNotes(ward),
    ...(police ? [drawn(police)] : []),
    heading(2, "Population and age", "age"),
    drawn(ages),
    heading(2, "Risk index", "risk"),
    riskSection(ward),
    heading(2, "Areas like this one", "similar"),
    drawn(similarAreasBlock(ward.similar, {name: ward.name, label: `${ward.name} (this ward)`, root: "../"})),
    heading(2, "Download the data", "download"),
    drawn(downloadBlock(`../data/wards/${ward.slug}.csv`, "this profile"))
  ]);
}
