import type {Topology} from "topojson-specification";
import {formatDecimal, formatInteger} from "../lib/format.js";
import {rankLabel} from "../lib/summaries/risk.js";
import {areaMap, swatchLegend, type AreaOutline} from "./areaMap.js";
import {HIGHLIGHT, OTHER_AREA, OUTLINE} from "./palette.js";
import {WIDE} from "./responsive.js";

export interface RiskMapArea {
  code: string;
  district_name: string;
  rank: number;
  tied: number;
  score: number;
  top10: number;
}

export interface RiskMapOptions {
  /** Story areas, outlined and labelled. */
  outlines?: readonly AreaOutline[];
  /** Drawn width in px (default WIDE). */
  width?: number;
  document?: Document;
}

/**
 * The risk index's neighbourhoods (MSOAs): the top 10% in red, the others grey, with each one's
 * rank and score in its tooltip, and story areas outlined.
 */
export function riskMap(
  topology: Topology,
  rows: readonly RiskMapArea[],
  {outlines = [], width = WIDE, document = globalThis.document}: RiskMapOptions = {}
): SVGSVGElement | HTMLElement {
  const byCode = new Map(rows.map((d) => [d.code, d]));
  return areaMap(topology, {
    layer: "msoa",
    fill: (code) => (byCode.get(code)?.top10 ? HIGHLIGHT : OTHER_AREA),
    title: (code, name) => {
      const d = byCode.get(code);
      return d
        ? `${name} (${d.district_name})\nRank ${rankLabel(d)} of ${formatInteger(rows.length)}\n` +
            `Index score ${formatDecimal(d.score, 2)}`
        : name;
    },
    outlines,
    width,
    document
  });
}

/** The legend of riskMap: the top 10%, the others and, when there are any, the story areas. */
export function riskMapLegend(
  topCount: number,
  {stories = false, document = globalThis.document}: {stories?: boolean; document?: Document} = {}
): Element {
  return swatchLegend(
    [
      {label: `Top 10% (ranks 1 to ${topCount})`, color: HIGHLIGHT},
      {label: "Other neighbourhoods", color: OTHER_AREA},
      ...(stories ? [{label: "Story area (outlined)", color: OUTLINE}] : [])
    ],
    "Risk index",
    {document}
  );
}
