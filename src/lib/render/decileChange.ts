// The map comparison of IoD2019 and IoD2025 that a story's change step and the deprivation page share.
import type {Topology} from "topojson-specification";
import {dataTable} from "../../components/dataTable.js";
import {decileComparison} from "../../components/decileComparison.js";
import {decileLegendWithoutCounts} from "../../components/decileMap.js";
import {layerFeatures} from "../../components/features.js";
import {figure} from "../../components/figure.js";
import {NARROW} from "../../components/responsive.js";
import {IMD_DECILE_UNITS} from "../summaries/deprivation.js";
import {changeSentence} from "../summaries/stories.js";

/** An LSOA with its IMD decile in both editions (the 2019 one only when its boundary did not change). */
export interface DecileChangeRow {
  code: string;
  name: string;
  imd_decile: number | null;
  imd_decile_2019: number | null;
}

export interface DecileChangeOptions {
  /** The figure's id prefix, unique in the page. */
  id: string;
  topology: Topology;
  source: Element;
  document: Document;
  /** The tooltip's first line for an LSOA. */
  areaName?: (code: string, name: string) => string;
  /** One shape per decile (a whole region: see decileMap's `merged`). */
  merged?: boolean;
  outlines?: ("ward" | "district")[];
  headingLevel?: 2 | 3;
  /** The summary sentence: by default, the one that counts the moves (changeSentence). */
  summary?: string;
}

const hasBoth = (r: DecileChangeRow) => r.imd_decile_2019 !== null && r.imd_decile !== null;

/**
 * Each LSOA that kept its 2011 boundary shaded by its IoD2019 decile on one map and its IoD2025
 * decile on the other, both on the extent of every LSOA given (the others are left blank), with a
 * table of the two deciles and the sentence that counts the moves.
 */
export function decileChangeFigure(
  rows: readonly DecileChangeRow[],
  {
    id,
    topology,
    source,
    document,
    areaName,
    merged = false,
    outlines = ["ward"],
    headingLevel,
    summary = changeSentence(rows)
  }: DecileChangeOptions
): HTMLElement {
  const compared = rows.filter(hasBoth);
  const decilesOf = (value: (r: DecileChangeRow) => number | null) => new Map(compared.map((r) => [r.code, value(r)]));
  return figure({
    id,
    document,
    headingLevel,
    title: "IMD decile in 2019 and 2025 side by side, for LSOAs with unchanged boundaries",
    units:
      `${IMD_DECILE_UNITS}; each map is named by its edition; ` +
      "blank: an LSOA whose boundary changed in 2021, which has no comparable 2019 decile",
    summary,
    legend: decileLegendWithoutCounts({
      label: "IMD decile in either edition (1 = most deprived 10% in England)",
      document
    }),
    graphic: decileComparison(topology, {
      before: decilesOf((r) => r.imd_decile_2019),
      beforeLabel: "IoD2019",
      after: decilesOf((r) => r.imd_decile),
      afterLabel: "IoD2025",
      lsoas: new Set(compared.map((r) => r.code)),
      fitTo: layerFeatures(topology, "lsoa", new Set(rows.map((r) => r.code))),
      areaName,
      merged,
      outlines,
      width: NARROW,
      document
    }),
    table: dataTable({
      document,
      caption: "IMD decile in IoD2019 and IoD2025 of each LSOA with an unchanged boundary",
      rows: compared,
      key: (r) => r.code,
      columns: [
        {label: "LSOA", value: (r) => r.code},
        {label: "Name", value: (r) => r.name},
        {label: "IoD2019 decile", value: (r) => r.imd_decile_2019, numeric: true},
        {label: "IoD2025 decile", value: (r) => r.imd_decile, numeric: true}
      ]
    }),
    source
  });
}
