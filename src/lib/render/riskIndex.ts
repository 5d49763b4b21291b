import {dataTable} from "../../components/dataTable.js";
import {figure} from "../../components/figure.js";
import {rankShift, rankShiftLegend} from "../../components/rankShift.js";
import {responsive} from "../../components/responsive.js";
import {riskMap, riskMapLegend} from "../../components/riskMap.js";
import {sourceLine, type ProvenanceEntry} from "../../components/sourceLine.js";
import {formatDecimal, formatInteger} from "../format.js";
import type {AreaTopology} from "../model/topology.js";
import type {RiskRow} from "../risk/compute.js";
import {RISK_INDICATORS} from "../risk/indicators.js";
import {rankLabel, sensitivitySentence, topTenSentence} from "../summaries/risk.js";
import {withLabelsInside} from "./labels.js";
import {drawn, markdownPage} from "./page.js";
import {serverDocument} from "./serverDocument.js";
import {simplifyForWidth} from "./simplify.js";

export interface RiskIndexData {
  rows: readonly RiskRow[];
  /** How many ranks make the top 10%. */
  topCount: number;
  /** The indicators with the weights used (riskMethod's). */
  indicators: readonly {label: string; unit: string; weight: number}[];
  topology: AreaTopology;
  /** Stories in this build, outlined on the map. */
  stories: readonly {title: string; area: {lsoa_codes: readonly string[]}}[];
  provenance: readonly ProvenanceEntry[];
}

const INDICATOR_SOURCES = [...new Set(RISK_INDICATORS.flatMap((i) => i.sources))];

/** An indicator's column heading unit and value format in the full table. */
const isShare = (unit: string) => unit.startsWith("share");
const unitHeading = (unit: string) => (isShare(unit) ? "%" : unit.startsWith("offences") ? "per 1,000" : "score");

/**
 * The risk index page: the top 10% on a map, every neighbourhood in a table, how ranks change with
 * equal weights, and the weights. The downloads are the loaders src/data/risk-index.csv.ts and .parquet.ts.
 */
export function riskIndexMarkdown(data: RiskIndexData): string {
  const {rows} = data;
  const document = serverDocument();
  const n = formatInteger(rows.length);
  return markdownPage({title: "Neighbourhood risk index"}, [
    `# Neighbourhood risk index

The West Midlands Violence Reduction Partnership's 2021 needs assessment ranked the region's
neighbourhoods on a risk index. This page builds an open version on current data: the
${n} Middle layer Super Output Areas (MSOAs, 2021 boundaries) of the seven
boroughs, each known by its House of Commons Library name, ranked from 1 (highest risk) to
${n}. It combines ${RISK_INDICATORS.length} open indicators; [how the index is made](./risk-index-method)
explains every step and how it differs from the 2021 index.

A high rank says that several risk factors and recorded violence are high at once. It is not a
prediction for any person or street, and a neighbourhood's rank changes with the weights chosen:
the sensitivity chart below shows by how much.`,
    `<p><a download href="./data/risk-index.csv">Download the risk index as CSV</a> (one row per neighbourhood: ` +
      `rank, index score, rank with equal weights, every indicator and its z-score), or ` +
      `<a download href="./data/risk-index.parquet">download it as Parquet</a> (the same columns, typed).</p>`,
    drawn(topTenFigure(data, document)),
    `## Every neighbourhood

Select a column heading to sort by it. Indicator values are the raw values; the index score is the
weighted sum of their z-scores (see [the method](./risk-index-method)).`,
    drawn(everyNeighbourhood(rows, document)),
    `## How robust is a rank?

The weights are a judgement. To show how much they matter, every neighbourhood is also ranked with
all ${RISK_INDICATORS.length} indicators weighted equally. Points on the diagonal keep their rank;
points far from it depend on the weights.`,
    drawn(sensitivityFigure(data, document)),
    "## Weights used",
    drawn(
      dataTable({
        caption: "Indicators and weights (config/risk-index.yaml)",
        summary: "Show the indicators and their weights",
        open: true,
        rows: data.indicators,
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

function topTenFigure({rows, topCount, topology, stories, provenance}: RiskIndexData, document: Document) {
  const outlines = stories.map((s) => ({layer: "lsoa" as const, codes: s.area.lsoa_codes, label: s.title}));
  return figure({
    id: "risk-map",
    title: "Neighbourhoods in the top 10% of the risk index",
    units: `MSOAs (2021); top 10% = ranks 1 to ${topCount} of ${formatInteger(rows.length)}`,
    summary: topTenSentence(rows, topCount),
    legend: riskMapLegend(topCount, {stories: stories.length > 0, document}),
    graphic: responsive(
      (width) => withLabelsInside(riskMap(simplifyForWidth(topology, width), rows, {outlines, width, document})),
      {
        document
      }
    ),
    table: dataTable({
      caption: `The ${topCount} neighbourhoods in the top 10%`,
      rows: rows.filter((d) => d.top10),
      columns: [
        {label: "Rank", value: (d) => d.rank, numeric: true, format: (_, d) => rankLabel(d)},
        {label: "Neighbourhood (MSOA)", value: (d) => d.name},
        {label: "Borough", value: (d) => d.district_name},
        {label: "Index score", value: (d) => d.score, numeric: true, format: (v) => formatDecimal(Number(v), 2)}
      ],
      document
    }),
    source: sourceLine(provenance, [...INDICATOR_SOURCES, "boundaries/msoa21.geojson", "lookups/msoa_names.csv"], {
      document
    }),
    document
  });
}

function everyNeighbourhood(rows: readonly RiskRow[], document: Document) {
  return dataTable({
    caption: `Risk index: all ${formatInteger(rows.length)} neighbourhoods (MSOAs 2021)`,
    summary: "Show or hide the full ranking",
    open: true,
    rows,
    columns: [
      {label: "Rank", value: (d) => d.rank, numeric: true, format: (_, d) => rankLabel(d)},
      {label: "Neighbourhood (MSOA)", value: (d) => d.name},
      {label: "Borough", value: (d) => d.district_name},
      {label: "Index score", value: (d) => d.score, numeric: true, format: (v) => formatDecimal(Number(v), 2)},
      ...RISK_INDICATORS.map((i) => ({
        label: `${i.short} (${unitHeading(i.unit)})`,
        value: (d: RiskRow) => d[i.key],
        numeric: true,
        format: (v: string | number | null | undefined) =>
          typeof v !== "number" ? "–" : isShare(i.unit) ? formatDecimal(v * 100, 1) : formatDecimal(v, 2)
      })),
      {label: "Rank with equal weights", value: (d) => d.equal_rank, numeric: true}
    ],
    document
  });
}

function sensitivityFigure({rows, topCount, provenance}: RiskIndexData, document: Document) {
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
      caption: "Rank with the configured and with equal weights",
      rows: rows.map((d) => ({...d, shift: d.equal_rank - d.rank})),
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
        }
      ],
      document
    }),
    source: sourceLine(provenance, INDICATOR_SOURCES, {document}),
    document
  });
}
