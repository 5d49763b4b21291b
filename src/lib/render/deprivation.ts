import {dataTable} from "../../components/dataTable.js";
import {decileLegend, decileMap} from "../../components/decileMap.js";
import {figure} from "../../components/figure.js";
import {sourceLine, type ProvenanceEntry} from "../../components/sourceLine.js";
import {WIDE} from "../../components/responsive.js";
import {zoomable} from "../../components/zoom.js";
import {formatDecimal, formatInteger} from "../format.js";
import type {AreaTopology} from "../model/topology.js";
import {lsoaLabel} from "../summaries/areaNames.js";
import {ENGLAND_LSOAS, IMD_DECILE_UNITS, IMD_RANK_LABEL, mostDeprivedSentence} from "../summaries/deprivation.js";
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
  provenance: readonly ProvenanceEntry[];
}

const SOURCES = [
  "deprivation/iod2025_lsoa21_domains.csv",
  "lookups/lsoa21_ward25_lad25.csv",
  "boundaries/lsoa21.geojson",
  "boundaries/ward25.geojson"
];

/**
 * The deprivation map page: every LSOA of the seven boroughs shaded by its IMD 2025 decile. The
 * map has no text, so it is drawn once, at the wide size, and scales down on narrow screens.
 */
export function deprivationMarkdown({topology, lsoas, provenance}: DeprivationData): string {
  const document = serverDocument();
  const byCode = new Map(lsoas.map((d) => [d.lsoa21cd, d]));
  const map = figure({
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
  return markdownPage({title: "Deprivation across the West Midlands"}, [
    `# Deprivation across the West Midlands

The English Indices of Deprivation 2025 rank every small neighbourhood in England, from 1 (most
deprived) to ${formatInteger(ENGLAND_LSOAS)}. Each neighbourhood here is a Lower layer Super Output Area (LSOA) of about
1,500 residents. The map shades the ${formatInteger(lsoas.length)} LSOAs of the seven boroughs by
their decile: decile 1 is England's most deprived 10%.`,
    drawn(map),
    `Thin lines are ward boundaries (May 2025); thick lines are the seven boroughs, drawn by joining
their wards. Point at a neighbourhood to see its ward, name and decile, or open the table for every value: in the
table, the arrow keys move from row to row and show each neighbourhood on the map.`
  ]);
}
