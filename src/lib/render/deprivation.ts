import {dataTable} from "../../components/dataTable.js";
import {decileLegend, decileMap} from "../../components/decileMap.js";
import {figure} from "../../components/figure.js";
import {sourceLine, type ProvenanceEntry} from "../../components/sourceLine.js";
import {NARROW, WIDE} from "../../components/responsive.js";
import {zoomable} from "../../components/zoom.js";
import {formatDecimal, formatInteger} from "../format.js";
import type {AreaTopology} from "../model/topology.js";
import {lsoaLabel} from "../summaries/areaNames.js";
import {ENGLAND_LSOAS, IMD_DECILE_UNITS, IMD_RANK_LABEL, mostDeprivedSentence} from "../summaries/deprivation.js";
import {SOURCE_PATHS as P} from "../inputs/paths.js";
import {changeSentence} from "../summaries/stories.js";
import {decileChangeFigure, type DecileChangeRow} from "./decileChange.js";
import {withEmbedCode} from "./embed.js";
import {DEPRIVATION_PAGE, EMBED_FOLDER, embedName, type DeprivationFigure} from "./embedNames.js";
import {html, type SafeHtml} from "./html.js";
import {drawn, markdownPage} from "./page.js";
import {serverDocument} from "./serverDocument.js";
import {simplifyForWidth} from "./simplify.js";

/** What the deprivation map shows of each LSOA. */
export interface DeprivationLsoa {
  lsoa21cd: string;
  lsoa21nm: string;
  ward25nm: string;
  lad25nm: string;
  imd_decile: number | null;
  imd_rank: number | null;
  imd_score: number | null;
}

export interface DeprivationData {
  topology: AreaTopology;
  lsoas: readonly DeprivationLsoa[];
  /** Each LSOA's IoD2019 IMD decile when its boundary did not change since 2011, else null. */
  decile2019: (lsoa21cd: string) => number | null;
  provenance: readonly ProvenanceEntry[];
}

const CHANGE_SOURCES = [P.iod2019Domains, P.lsoa11To21, P.domains, P.lsoaBoundaries, P.wardBoundaries];

const SOURCES = [
  "deprivation/iod2025_lsoa21_domains.csv",
  "lookups/lsoa21_ward25_lad25.csv",
  "boundaries/lsoa21.geojson",
  "boundaries/ward25.geojson"
];

/**
 * The deprivation map: every LSOA of the seven boroughs shaded by its IMD 2025 decile. The map has
 * no text, so it is drawn once, at the wide size, and scales down on narrow screens.
 */
function deprivationMap({topology, lsoas, provenance}: DeprivationData, document: Document): HTMLElement {
  const byCode = new Map(lsoas.map((d) => [d.lsoa21cd, d]));
  return figure({
    id: "deprivation-map",
    headingLevel: 2,
    title: "Index of Multiple Deprivation 2025 by neighbourhood",
    units: IMD_DECILE_UNITS,
    summary: mostDeprivedSentence(lsoas, "the seven boroughs"),
    legend: decileLegend(
      lsoas.map((d) => d.imd_decile),
      {document}
    ),
    graphic: zoomable(
      decileMap(simplifyForWidth(topology, WIDE), {
        deciles: new Map(lsoas.map((d) => [d.lsoa21cd, d.imd_decile])),
        areaName: (code, name) => lsoaLabel({code, name, ward: byCode.get(code)?.ward25nm}),
        document
      })
    ),
    table: dataTable({
      caption: "IMD 2025 decile, rank and score for each LSOA",
      rows: lsoas,
      key: (d) => d.lsoa21cd,
      columns: [
        {label: "LSOA", value: (d) => `${d.lsoa21nm} (${d.lsoa21cd})`},
        {label: "Ward", value: (d) => d.ward25nm},
        {label: "District", value: (d) => d.lad25nm},
        {label: "IMD decile", value: (d) => d.imd_decile, numeric: true},
        {
          label: IMD_RANK_LABEL,
          value: (d) => d.imd_rank,
          numeric: true,
          format: (v) => (v === null ? "–" : formatInteger(Number(v)))
        },
        {
          label: "IMD score",
          value: (d) => d.imd_score,
          numeric: true,
          format: (v) => (v === null ? "–" : formatDecimal(Number(v), 1))
        }
      ],
      document
    }),
    source: sourceLine(provenance, SOURCES, {document}),
    document
  });
}

/** Every LSOA with its IMD decile in both editions, for the comparison. */
function changeRows({lsoas, decile2019}: DeprivationData): DecileChangeRow[] {
  return lsoas.map((d) => ({
    code: d.lsoa21cd,
    name: d.lsoa21nm,
    imd_decile: d.imd_decile,
    imd_decile_2019: decile2019(d.lsoa21cd)
  }));
}

/**
 * IoD2019 and IoD2025 side by side for the region: one shape per decile (decileMap's `merged`), as
 * the maps of 1,719 LSOAs with a tooltip each would weigh more than the page may.
 */
function changeFigure(data: DeprivationData, document: Document): HTMLElement {
  return decileChangeFigure(changeRows(data), {
    id: "deprivation-change",
    headingLevel: 2,
    topology: simplifyForWidth(data.topology, NARROW),
    merged: true,
    outlines: ["district"],
    source: sourceLine(data.provenance, CHANGE_SOURCES, {document}),
    document
  });
}

/** One of the page's figures, drawn as on the page (the comparison as on its own page). */
export function deprivationFigure(data: DeprivationData, name: DeprivationFigure): HTMLElement {
  const document = serverDocument();
  return name === "map" ? deprivationMap(data, document) : changeFigure(data, document);
}

/**
 * The comparison on the page: its heading and summary sentence, and a closed disclosure that frames
 * its own page, which the browser loads only when the reader opens it (the two maps and the table
 * of 1,719 LSOAs would take the page past its transfer budget).
 */
function changeSection(data: DeprivationData): SafeHtml {
  const href = `${EMBED_FOLDER}/${embedName(DEPRIVATION_PAGE, "change")}`;
  const title = "IMD decile in 2019 and 2025 side by side";
  return html`${[
    html`<section class="wm-change" aria-labelledby="change-title"><h2 id="change-title">${title}</h2>`,
    html`<p class="wm-figure-summary">${changeSentence(changeRows(data))}</p>`,
    html`<details class="wm-framed"><summary>Show the IoD2019 and IoD2025 maps, with their table</summary>`,
    html`<iframe src="${href}" title="${title}" loading="lazy"></iframe></details>`,
    html`<p>Or <a href="${href}">open the comparison on its own page</a>.</p></section>`
  ]}`;
}

/** The deprivation map page. */
export function deprivationMarkdown(data: DeprivationData): string {
  const {lsoas} = data;
  const map = withEmbedCode(deprivationFigure(data, "map"), DEPRIVATION_PAGE, "map");
  return markdownPage({title: "Deprivation across the West Midlands"}, [
    `# Deprivation across the West Midlands

The English Indices of Deprivation 2025 rank every small neighbourhood in England, from 1 (most
deprived) to ${formatInteger(ENGLAND_LSOAS)}. Each neighbourhood here is a Lower layer Super Output Area (LSOA) of about
1,500 residents. The map shades the ${formatInteger(lsoas.length)} LSOAs of the seven boroughs by
their decile: decile 1 is England's most deprived 10%.`,
    drawn(map),
    `Thin lines are ward boundaries (May 2025); thick lines are the seven boroughs, drawn by joining
their wards. Point at a neighbourhood to see its ward, name and decile, or open the table for every value: in the
table, the arrow keys move from row to row and show each neighbourhood on the map.`,
    changeSection(data)
  ]);
}
