import {contributionBars, contributionLegend} from "../../components/contributionBars.js";
import {dataTable} from "../../components/dataTable.js";
import {hyperscript} from "../../components/dom.js";
import {figure} from "../../components/figure.js";
import {rankShift, rankShiftLegend} from "../../components/rankShift.js";
import {responsive} from "../../components/responsive.js";
import {riskMap, riskMapLegend} from "../../components/riskMap.js";
import {sourceLine, type ProvenanceEntry} from "../../components/sourceLine.js";
import {zoomable} from "../../components/zoom.js";
import {countWord, formatDecimal, formatInteger} from "../format.js";
import type {AreaTopology} from "../model/topology.js";
import type {RiskRow} from "../risk/compute.js";
import {contributionsOf} from "../risk/contributions.js";
import type {riskMethod} from "../risk/dataset.js";
import {RISK_INDICATORS, type RiskIndicator} from "../risk/indicators.js";
import {
  capSentence,
  contributionSentence,
  rankLabel,
  robustnessSentence,
  sensitivitySentence,
  topTenSentence
} from "../summaries/risk.js";
import {withDerivedEmbed} from "./embed.js";
import {drawn, markdownPage} from "./page.js";
import {serverDocument} from "./serverDocument.js";
import {simplifyForWidth} from "./simplify.js";

export interface RiskIndexData {
  rows: readonly RiskRow[];
  /** riskMethod's top-10% size, indicators with the weights used, cap and robustness check. */
  method: Pick<ReturnType<typeof riskMethod>, "topCount" | "indicators" | "cap" | "capEffect" | "robustness">;
  topology: AreaTopology;
  /** Stories in this build, outlined on the map. */
  stories: readonly {title: string; area: {lsoa_codes: readonly string[]}}[];
  provenance: readonly ProvenanceEntry[];
}

/** The map's figure id: the ranking table's rows reach its tips (dataTable's marksIn). */
const RISK_MAP = "risk-map";
const INDICATOR_SOURCES = [...new Set(RISK_INDICATORS.flatMap((i) => i.sources))];

/** A raw indicator value as its heading says: a share as a percentage, anything else as a decimal. */
const formatIndicator = (indicator: RiskIndicator, value: unknown) =>
  typeof value !== "number"
    ? "–"
    : indicator.display === "percent"
      ? formatDecimal(value * 100, 1)
      : formatDecimal(value, 2);

/** The chart's and the contribution table's names for the indicators: their short headings. */
const PARTS = RISK_INDICATORS.map((i) => ({key: i.key, label: i.short}));

/** Sorts by the value shown: two decimals, so the table carries no long sort keys. */
const twoDecimals = (value: number) => Math.round(value * 100) / 100;
const score = (v: unknown) => formatDecimal(Number(v), 2);

/** A figure of this page, with its embed code. */
const embeddable = (shown: HTMLElement, name: string) =>
  withDerivedEmbed(shown, "risk-index", name, "the neighbourhood risk index");

/**
 * The risk index page: the top 10% on a map, what makes up their scores, every neighbourhood in a
 * table, how ranks change with equal weights and without the cap, and the weights. The downloads are
 * the loaders src/data/risk-index.csv.ts and .parquet.ts.
 */
export function riskIndexMarkdown(data: RiskIndexData): string {
  const {rows, method} = data;
  const document = serverDocument();
  const n = formatInteger(rows.length);
  const cap = countWord(method.cap);
  return markdownPage({title: "Neighbourhood risk index"}, [
    `# Neighbourhood risk index

The West Midlands Violence Reduction Partnership's 2021 needs assessment ranked the region's
neighbourhoods on a risk index. This page builds an open version on current data: the
${n} Middle layer Super Output Areas (MSOAs, 2021 boundaries) of the seven
boroughs, each known by its House of Commons Library name, ranked from 1 (highest risk) to
${n}. It combines ${RISK_INDICATORS.length} open indicators; [how the index is made](./risk-index-method)
explains every step and how it differs from the 2021 index.

A high rank says that several risk factors and recorded violence are high at once. No indicator can
carry a neighbourhood on its own: a value counts for at most ${cap} standard deviations from the
average, and the chart below shows what each indicator adds to a score. A rank is not a prediction
for any person or street, and it changes with the weights chosen: the sensitivity chart below shows
by how much.`,
    drawn(downloads(document)),
    drawn(embeddable(topTenFigure(data, document), "map")),
    `## What makes up a score

Each indicator adds its weight times its standardised value (how many standard deviations it is
above or below the average of all neighbourhoods, counted as at most ${cap}) to the index score.
Parts to the right of zero raise the score; parts to the left lower it.

${robustnessSentence(method.robustness)}`,
    drawn(embeddable(contributionFigure(data, document), "contributions")),
    `## Every neighbourhood

Select a column heading to sort by it. Indicator values are the raw values; the index score is the
weighted sum of their standardised values (see [the method](./risk-index-method)).`,
    drawn(everyNeighbourhood(rows, document)),
    `## How robust is a rank?

The weights are a judgement. To show how much they matter, every neighbourhood is also ranked with
all ${RISK_INDICATORS.length} indicators weighted equally. Points on the diagonal keep their rank;
points far from it depend on the weights.

${capSentence(method)} The table under the chart gives every neighbourhood's rank without the cap.`,
    drawn(embeddable(sensitivityFigure(data, document), "sensitivity")),
    "## Weights used",
    drawn(
      dataTable({
        caption: "Indicators and weights",
        summary: "Show the indicators and their weights",
        open: true,
        rows: method.indicators,
        columns: [
          {label: "Indicator", value: (d) => d.label},
          {label: "Unit", value: (d) => d.unit},
          {
            label: "Weight",
            value: (d) => d.weight,
            numeric: true,
            format: (v) => `${formatDecimal(Number(v) * 100, 0)}%`
          }
        ],
        document
      })
    )
  ]);
}

/** The download links, with the columns the files hold. */
function downloads(document: Document) {
  const h = hyperscript(document);
  const code = (text: string) => h("code", {}, text);
  return h(
    "p",
    {},
    h("a", {download: "", href: "./data/risk-index.csv"}, "Download the risk index as CSV"),
    " or ",
    h("a", {download: "", href: "./data/risk-index.parquet"}, "download it as Parquet"),
    " (the same columns, typed). Each row is one neighbourhood: its rank, index score, rank with equal weights (",
    code("equal_rank"),
    ") and rank without the cap (",
    code("uncapped_rank"),
    "); every indicator's value, z-score and contribution to the score (",
    code(`c_${RISK_INDICATORS[0].key}`),
    " and the other ",
    code("c_"),
    " columns); the indicator with the largest contribution (",
    code("largest"),
    ") and the score without it (",
    code("score_without_largest"),
    "); and ",
    code("rests_on_one"),
    ", which is 1 for a neighbourhood in the top 10% whose score would be 0 or less without that one indicator."
  );
}

function topTenFigure({rows, method, topology, stories, provenance}: RiskIndexData, document: Document) {
  const {topCount} = method;
  const outlines = stories.map((s) => ({layer: "lsoa" as const, codes: s.area.lsoa_codes, label: s.title}));
  return figure({
    id: RISK_MAP,
    headingLevel: 2,
    title: "Neighbourhoods in the top 10% of the risk index",
    units: `MSOAs (2021); top 10% = ranks 1 to ${topCount} of ${formatInteger(rows.length)}`,
    summary: topTenSentence(rows, topCount),
    legend: riskMapLegend(topCount, {stories: stories.length > 0, document}),
    graphic: zoomable(
      responsive((width) => riskMap(simplifyForWidth(topology, width), rows, {outlines, width, document}), {document})
    ),
    table: dataTable({
      caption: `The ${topCount} neighbourhoods in the top 10%`,
      rows: rows.filter((d) => d.top10),
      key: (d) => d.code,
      columns: [
        {label: "Rank", value: (d) => d.rank, numeric: true, format: (_, d) => rankLabel(d)},
        {label: "Neighbourhood (MSOA)", value: (d) => d.name},
        {label: "Borough", value: (d) => d.district_name},
        {label: "Index score", value: (d) => d.score, numeric: true, format: score}
      ],
      document
    }),
    source: sourceLine(provenance, [...INDICATOR_SOURCES, "boundaries/msoa21.geojson", "lookups/msoa_names.csv"], {
      document
    }),
    document
  });
}

/** The top 10%'s scores split by indicator, with every neighbourhood's contributions in its table. */
function contributionFigure({rows, method, provenance}: RiskIndexData, document: Document) {
  const top = rows.filter((d) => d.top10).map((d) => ({...d, contributions: contributionsOf(d)}));
  const cap = countWord(method.cap);
  return figure({
    id: "risk-contributions",
    title: "What makes up the index score of each neighbourhood in the top 10%",
    units:
      `Contribution = weight × standardised value (at most ${cap} standard deviations either way); ` +
      "the black line marks the index score, the sum of the parts",
    summary: top.length ? contributionSentence(top[0]) : "No neighbourhood has a rank.",
    legend: contributionLegend(PARTS, {document}),
    graphic: responsive((width) => contributionBars(top, {parts: PARTS, width, document}), {document}),
    table: dataTable({
      caption: `Contributions to the index score by indicator: all ${formatInteger(rows.length)} neighbourhoods`,
      summary: "Show every neighbourhood's contributions as a table",
      rows,
      // The chart draws the top 10%: their rows show their bars' tips from the keyboard.
      key: (d) => (d.top10 ? d.code : null),
      columns: [
        {label: "Rank", value: (d) => d.rank, numeric: true, format: (_, d) => rankLabel(d)},
        {label: "Neighbourhood (MSOA)", value: (d) => d.name},
        ...RISK_INDICATORS.map((i) => ({
          label: i.short,
          value: (d: RiskRow) => twoDecimals(d[`c_${i.key}`]),
          numeric: true,
          format: score
        })),
        {label: "Index score", value: (d) => twoDecimals(d.score), numeric: true, format: score},
        {
          label: "Score without its largest contribution",
          value: (d) => twoDecimals(d.score_without_largest),
          numeric: true,
          format: score
        }
      ],
      document
    }),
    source: sourceLine(provenance, INDICATOR_SOURCES, {document}),
    document
  });
}

function everyNeighbourhood(rows: readonly RiskRow[], document: Document) {
  return dataTable({
    caption: `Risk index: all ${formatInteger(rows.length)} neighbourhoods (MSOAs 2021)`,
    summary: "Show or hide the full ranking",
    open: true,
    rows,
    // Every neighbourhood on the map has a row here, so the map needs no second full table.
    key: (d) => d.code,
    marksIn: RISK_MAP,
    columns: [
      {label: "Rank", value: (d) => d.rank, numeric: true, format: (_, d) => rankLabel(d)},
      {label: "Neighbourhood (MSOA)", value: (d) => d.name},
      {label: "Borough", value: (d) => d.district_name},
      {label: "Index score", value: (d) => d.score, numeric: true, format: score},
      ...RISK_INDICATORS.map((i) => ({
        label: i.heading,
        value: (d: RiskRow) => d[i.key],
        numeric: true,
        format: (v: unknown) => formatIndicator(i, v)
      })),
      {label: "Rank with equal weights", value: (d) => d.equal_rank, numeric: true}
    ],
    document
  });
}

function sensitivityFigure({rows, method, provenance}: RiskIndexData, document: Document) {
  const {topCount} = method;
  return figure({
    id: "risk-sensitivity",
    title: "Rank with the configured weights against rank with equal weights",
    units:
      `Rank of ${formatInteger(rows.length)} MSOAs (1 = highest risk); ` +
      "the shaded square is the top 10% under both",
    summary: sensitivitySentence(rows, topCount),
    legend: rankShiftLegend({document}),
    graphic: responsive((width) => rankShift(rows, {topCount, width, document}), {document}),
    table: dataTable({
      caption: "Rank with the configured weights, with equal weights and without the cap",
      rows: rows.map((d) => ({...d, shift: d.equal_rank - d.rank})),
      key: (d) => d.code,
      columns: [
        {label: "Neighbourhood (MSOA)", value: (d) => d.name},
        {label: "Borough", value: (d) => d.district_name},
        {label: "Rank (configured weights)", value: (d) => d.rank, numeric: true},
        {label: "Rank (equal weights)", value: (d) => d.equal_rank, numeric: true},
        {
          label: "Change (+ = lower priority with equal weights)",
          value: (d) => d.shift,
          numeric: true,
          format: (v) => (Number(v) > 0 ? `+${v}` : String(v))
        },
        {label: `Rank without the cap at ±${formatInteger(method.cap)}`, value: (d) => d.uncapped_rank, numeric: true}
      ],
      document
    }),
    source: sourceLine(provenance, INDICATOR_SOURCES, {document}),
    document
  });
}
