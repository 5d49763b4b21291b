import * as Plot from "@observablehq/plot";
import {feature, mesh} from "topojson-client";
import type {GeometryCollection, Topology} from "topojson-specification";
import {formatDecimal, formatInteger, formatShare} from "../lib/format.js";
import {boroughIndicators} from "../lib/stories/borough.js";
import type {StoryClientData} from "../lib/stories/client.js";
import {mostDeprivedSentence} from "../lib/summaries/deprivation.js";
import {
  areaSentence,
  peopleSentence,
  boroughSentence,
  changeSentence,
  crimeSentence,
  domainSentence,
  locatorSentence
} from "../lib/summaries/stories.js";
import {barsWithReference, compareDots} from "./compareChart.js";
import {dataTable} from "./dataTable.js";
import {decileLegend, decileMap} from "./decileMap.js";
import {h} from "./dom.js";
import {figure} from "./figure.js";
import {HIGHLIGHT, OUTLINE} from "./palette.js";
import {scrolly} from "./scrolly.js";
import {sourceLine, type ProvenanceEntry} from "./sourceLine.js";

const WIDTH = 640;
const FILES = {
  imd: [
    "deprivation/iod2025_lsoa21_domains.csv",
    "lookups/lsoa21_ward25_lad25.csv",
    "boundaries/lsoa21.geojson",
    "boundaries/ward25.geojson"
  ],
  names: ["lookups/msoa_names.csv", "lookups/lsoa21_msoa21_ward25_pop2024.csv"],
  age: [
    "population/lsoa11_mid2020_single_year_of_age.csv",
    "lookups/lsoa11_lsoa21.csv",
    "lookups/lsoa21_msoa21_ward25_pop2024.csv"
  ],
  england: ["deprivation/iod2025_lsoa21_domains_england.csv.gz"],
  crime: [
    "deprivation/iod2025_lsoa21_indicators.csv",
    "deprivation/iod2025_lsoa21_indicators_england.csv.gz",
    "lookups/lsoa21_msoa21_ward25_pop2024.csv"
  ],
  change: [
    "deprivation/iod2019_lsoa11_domains.csv",
    "lookups/lsoa11_lsoa21.csv",
    "deprivation/iod2025_lsoa21_domains.csv"
  ],
  sna: ["sna/key_figures.csv", "sna/la_indicators.csv"]
};

type Layer = GeoJSON.FeatureCollection<GeoJSON.Geometry, {name: string}>;
const layer = (t: Topology, name: string) => feature(t, t.objects[name] as GeometryCollection<{name: string}>) as Layer;
const centroidLabel = (fc: Layer) =>
  Plot.text(
    fc.features,
    Plot.centroid({
      text: (f: GeoJSON.Feature<GeoJSON.Geometry, {name: string}>) => f.properties.name,
      fill: "#1b1b1b",
      stroke: "white",
      strokeWidth: 3,
      fontSize: 12
    })
  );

function regionMap(s: StoryClientData, provenance: readonly ProvenanceEntry[]) {
  const t = s.topology as unknown as Topology;
  const districts = layer(t, "district");
  const lsoas = layer(t, "lsoa");
  return figure({
    title: `${s.title} in the West Midlands`,
    units: "Map of the seven West Midlands boroughs; the area is shaded",
    summary: locatorSentence(
      s.title,
      s.district.name,
      s.lsoas.length,
      s.wards.map((w) => w.name),
      s.population
    ),
    graphic: Plot.plot({
      width: WIDTH,
      height: Math.round(WIDTH * 0.7),
      projection: {type: "mercator", domain: districts},
      marks: [
        Plot.geo(districts, {fill: "#f3f2f1", stroke: "#505a5f", strokeWidth: 1}),
        Plot.geo(lsoas, {fill: HIGHLIGHT, stroke: HIGHLIGHT}),
        centroidLabel(districts)
      ]
    }),
    table: dataTable({
      caption: "The area's wards",
      rows: s.wards,
      columns: [
        {label: "Ward", value: (w) => w.name},
        {label: "Code", value: (w) => w.code},
        {label: "District", value: () => s.district.name}
      ]
    }),
    source: sourceLine(provenance, [
      "boundaries/ward25.geojson",
      "boundaries/lsoa21.geojson",
      "lookups/lsoa21_ward25_lad25.csv"
    ])
  });
}

function areaMap(s: StoryClientData, provenance: readonly ProvenanceEntry[]) {
  const t = s.topology as unknown as Topology;
  const lsoas = layer(t, "lsoa");
  return figure({
    title: `${s.title}: LSOAs, wards and neighbourhood names`,
    units:
      "Shaded: the area's LSOAs (2021); thick lines: wards (May 2025), drawn from their own boundaries, " +
      "so LSOAs matched to a ward by best fit may not fill it exactly; " +
      "labels: House of Commons Library neighbourhood (MSOA) names",
    summary: areaSentence(
      s.lsoas.length,
      s.wards.map((w) => w.name),
      s.labels.map((l) => l.name)
    ),
    graphic: Plot.plot({
      width: WIDTH,
      height: Math.round(WIDTH * 0.8),
      projection: {type: "mercator", domain: lsoas},
      marks: [
        Plot.geo(lsoas, {
          fill: "#f3f2f1",
          stroke: "#6f777b",
          strokeWidth: 0.8,
          tip: true,
          title: (f: GeoJSON.Feature<GeoJSON.Geometry, {name: string}>) => `${f.properties.name} (${f.id})`
        }),
        Plot.geo(mesh(t, t.objects.ward as GeometryCollection), {stroke: OUTLINE, strokeWidth: 2.5}),
        Plot.text(s.labels, {
          x: "x",
          y: "y",
          text: "name",
          fill: "#1b1b1b",
          stroke: "white",
          strokeWidth: 4,
          fontSize: 13,
          fontWeight: "bold",
          lineWidth: 10
        })
      ]
    }),
    table: dataTable({
      caption: "LSOAs in the area",
      rows: s.lsoas,
      columns: [
        {label: "LSOA", value: (l) => `${l.name} (${l.code})`},
        {label: "Neighbourhood", value: (l) => l.msoa},
        {label: "Ward", value: (l) => l.ward},
        {
          label: "Residents, mid-2024",
          value: (l) => l.population,
          numeric: true,
          format: (v) => formatInteger(Number(v))
        }
      ]
    }),
    source: sourceLine(provenance, ["boundaries/lsoa21.geojson", "boundaries/ward25.geojson", ...FILES.names])
  });
}

function peopleChart(s: StoryClientData, provenance: readonly ProvenanceEntry[]) {
  return figure({
    title: "Age profile: the area against the seven boroughs",
    units: "Share of residents in each age band, mid-2020 (%); bars: the area; black ticks: the seven boroughs",
    summary: peopleSentence(s.population, s.age, "the seven boroughs"),
    graphic: barsWithReference(s.age.bands, {
      category: (b) => b.band,
      bar: (b) => b.area_share,
      reference: (b) => b.comparison_share,
      label: "Share of residents",
      format: (v) => formatShare(v),
      width: WIDTH,
      barLabel: "Area",
      referenceLabel: "Seven boroughs"
    }),
    table: dataTable({
      caption: "Residents by age band, mid-2020",
      rows: s.age.bands,
      columns: [
        {label: "Age", value: (b) => b.band},
        {
          label: "Residents in the area (estimate)",
          value: (b) => b.area,
          numeric: true,
          format: (v) => formatInteger(Number(v))
        },
        {label: "Share, area", value: (b) => b.area_share, numeric: true, format: (v) => formatShare(Number(v))},
        {
          label: "Share, seven boroughs",
          value: (b) => b.comparison_share,
          numeric: true,
          format: (v) => formatShare(Number(v))
        }
      ]
    }),
    source: sourceLine(provenance, FILES.age)
  });
}

function deprivationMap(s: StoryClientData, provenance: readonly ProvenanceEntry[]) {
  const t = s.topology as unknown as Topology;
  const byCode = new Map(s.lsoas.map((l) => [l.code, l]));
  return figure({
    title: "Index of Multiple Deprivation 2025 by LSOA",
    units: "Decile of England's 33,755 LSOAs (1 = most deprived 10%)",
    summary: mostDeprivedSentence(s.lsoas, "the area"),
    legend: decileLegend(),
    graphic: decileMap(t, {
      deciles: new Map(s.lsoas.map((l) => [l.code, l.imd_decile])),
      outlines: ["ward"],
      width: WIDTH,
      fitTo: layer(t, "lsoa"),
      describe: (code) => `Rank ${formatInteger(byCode.get(code)?.imd_rank ?? 0)} of 33,755`
    }),
    table: dataTable({
      caption: "IMD 2025 decile and rank by LSOA",
      rows: s.lsoas,
      columns: [
        {label: "LSOA", value: (l) => `${l.name} (${l.code})`},
        {label: "Neighbourhood", value: (l) => l.msoa},
        {label: "IMD decile", value: (l) => l.imd_decile, numeric: true},
        {
          label: "IMD rank (of 33,755)",
          value: (l) => l.imd_rank,
          numeric: true,
          format: (v) => (v === null ? "–" : formatInteger(Number(v)))
        }
      ]
    }),
    source: sourceLine(provenance, FILES.imd)
  });
}

function domainsChart(s: StoryClientData, provenance: readonly ProvenanceEntry[]) {
  const order = [...new Set(s.domains.map((d) => d.area))];
  return figure({
    title: "Which kinds of deprivation: share of LSOAs in England's most deprived 10%",
    units: "Share of LSOAs in decile 1 of each IoD2025 domain (%); England is 10% by definition",
    summary: domainSentence(s.domains),
    graphic: compareDots(s.domains, {
      category: (d) => d.domain,
      series: (d) => d.area,
      seriesOrder: order,
      value: (d) => d.share,
      label: "Share of LSOAs in England's most deprived 10% (%)",
      format: (v) => formatShare(v),
      width: WIDTH
    }),
    table: dataTable({
      caption: "Share of LSOAs in England's most deprived 10%, by domain",
      rows: s.domains,
      columns: [
        {label: "Domain", value: (d) => d.domain},
        {label: "Area", value: (d) => d.area},
        {
          label: "Share in most deprived 10%",
          value: (d) => d.share,
          numeric: true,
          format: (v) => formatShare(v as number | null)
        }
      ]
    }),
    source: sourceLine(provenance, [...FILES.imd.slice(0, 2), ...FILES.england])
  });
}

function changeChart(s: StoryClientData, provenance: readonly ProvenanceEntry[]) {
  const rows = s.lsoas.filter((l) => l.imd_decile_2019 !== null && l.imd_decile !== null);
  const pairs = rows.flatMap((l) => [
    {lsoa: l.name, edition: "IoD2019", decile: l.imd_decile_2019!},
    {lsoa: l.name, edition: "IoD2025", decile: l.imd_decile!}
  ]);
  return figure({
    title: "IMD decile in 2019 and 2025, for LSOAs with unchanged boundaries",
    units: "Decile of England's LSOAs (1 = most deprived 10%); hollow circle: 2019; filled: 2025",
    summary: changeSentence(s.lsoas),
    graphic: Plot.plot({
      width: WIDTH,
      height: 60 + Math.max(1, rows.length) * 28,
      marginLeft: 140,
      x: {domain: [1, 10], ticks: 10, label: "IMD decile (1 = most deprived)", grid: true},
      y: {label: null},
      marks: [
        Plot.link(rows, {
          x1: (l) => l.imd_decile_2019,
          x2: (l) => l.imd_decile,
          y1: "name",
          y2: "name",
          stroke: "#6f777b",
          markerEnd: "arrow"
        }),
        Plot.dot(pairs, {
          x: "decile",
          y: "lsoa",
          symbol: "edition",
          fill: (d) => (d.edition === "IoD2025" ? "#1b1b1b" : "white"),
          stroke: "#1b1b1b",
          r: 5,
          tip: true
        })
      ]
    }),
    table: dataTable({
      caption: "IMD decile by edition",
      rows: s.lsoas,
      columns: [
        {label: "LSOA", value: (l) => `${l.name} (${l.code})`},
        {
          label: "Boundary change 2011→2021",
          value: (l) => ({U: "unchanged", S: "split", M: "merged", X: "redesigned"})[l.change_code ?? ""] ?? "–"
        },
        {label: "IoD2019 decile", value: (l) => l.imd_decile_2019, numeric: true},
        {label: "IoD2025 decile", value: (l) => l.imd_decile, numeric: true}
      ]
    }),
    source: sourceLine(provenance, FILES.change)
  });
}

function crimeChart(s: StoryClientData, provenance: readonly ProvenanceEntry[]) {
  const order = [...new Set(s.crime.map((d) => d.area))];
  return figure({
    title: "Recorded crime: the area against its ward, borough, region and England",
    units: "Offences per 1,000 at-risk population, IoD2025 crime indicators",
    summary: crimeSentence(s.crime),
    graphic: compareDots(s.crime, {
      category: (d) => d.measure,
      series: (d) => d.area,
      seriesOrder: order,
      value: (d) => d.rate,
      label: "Rate per 1,000 at-risk population",
      format: (v) => formatDecimal(v, 0),
      width: WIDTH
    }),
    table: dataTable({
      caption: "Recorded crime rates per 1,000 at-risk population",
      rows: s.crime,
      columns: [
        {label: "Measure", value: (d) => d.measure},
        {label: "Area", value: (d) => d.area},
        {
          label: "Rate per 1,000",
          value: (d) => d.rate,
          numeric: true,
          format: (v) => formatDecimal(v as number | null, 1)
        },
        {
          label: "How combined",
          value: (d) => (d.weighting === "population" ? "LSOAs weighted by population" : "average of LSOA rates")
        }
      ]
    }),
    source: sourceLine(provenance, FILES.crime)
  });
}

function boroughPanel(s: StoryClientData, provenance: readonly ProvenanceEntry[]) {
  const rows = boroughIndicators(s.laIndicators, s.district.code);
  const list = h(
    "ul",
    {class: "story-key-figures"},
    s.keyFigures.map((k) =>
      h(
        "li",
        {},
        `${k.measure}: `,
        h(
          "strong",
          {},
          `${formatDecimal(k.value, Number.isInteger(k.value) ? 0 : Math.abs(k.value) < 1 ? 2 : 1)} ${k.unit}`
        ),
        ` (${k.period}). `,
        h("span", {class: "wm-figure-source"}, `Source: ${k.source}.`)
      )
    )
  );
  return h(
    "div",
    {},
    figure({
      title: `${s.district.name} against England on risk-factor indicators`,
      units:
        "Index: England = 100 (dashed line); the borough's value divided by England's. " +
        "Above 100 is higher than England: better for school readiness and attainment, worse for the others",
      summary: boroughSentence(s.district.name, s.keyFigures.length, rows.length),
      graphic: compareDots(rows, {
        category: (r) => `${r.name} (${r.period})`,
        series: () => s.district.name,
        seriesOrder: [s.district.name],
        value: (r) => r.index,
        label: "Index (England = 100)",
        format: (v) => formatDecimal(v, 0),
        width: WIDTH,
        reference: 100
      }),
      table: dataTable({
        caption: `${s.district.name} and England, risk-factor indicators`,
        rows,
        columns: [
          {label: "Indicator", value: (r) => r.name},
          {label: "Period", value: (r) => r.period},
          {label: "Unit", value: (r) => r.unit},
          {label: s.district.name, value: (r) => r.value, numeric: true},
          {label: "England", value: (r) => r.england, numeric: true},
          {
            label: "Index (England = 100)",
            value: (r) => r.index,
            numeric: true,
            format: (v) => formatDecimal(v as number | null, 0)
          },
          {label: "Source", value: (r) => r.source}
        ]
      }),
      source: sourceLine(provenance, ["sna/la_indicators.csv"])
    }),
    s.keyFigures.length ? [h("h3", {class: "wm-figure-title"}, `Key figures for ${s.district.name}`), list] : null
  );
}

const FIGURES: Record<string, (s: StoryClientData, p: readonly ProvenanceEntry[]) => Element> = {
  region: regionMap,
  area: areaMap,
  people: peopleChart,
  deprivation: deprivationMap,
  domains: domainsChart,
  change: changeChart,
  crime: crimeChart,
  borough: boroughPanel
};

/** Draws each step's figure into its slot, then turns the steps into a scrollytelling story. */
export function mountStory(root: HTMLElement, story: StoryClientData, provenance: readonly ProvenanceEntry[]): void {
  for (const slot of root.querySelectorAll<HTMLElement>(".story-figure[data-js]")) {
    const draw = FIGURES[slot.dataset.state ?? ""];
    if (!draw) continue;
    const element = draw(story, provenance);
    // Plot labels its groups ("geo", "dot") with aria-label, which ARIA forbids on a plain <g>; the
    // SVG is one image (role=img, named by the figure title), so the labels add nothing.
    for (const g of element.querySelectorAll("svg g[aria-label]")) g.removeAttribute("aria-label");
    slot.replaceChildren(element);
  }
  scrolly(root);
}
