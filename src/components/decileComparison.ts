import type {Topology} from "topojson-specification";
import {decileMap, type DecileMapOptions} from "./decileMap.js";
import {hyperscript} from "./dom.js";

export interface DecileComparisonOptions extends Omit<DecileMapOptions, "deciles" | "decileLabel"> {
  /** The earlier edition's decile by LSOA code, and its name ("IoD2019"). */
  before: ReadonlyMap<string, number | null>;
  beforeLabel: string;
  /** The later edition's decile by LSOA code, and its name ("IoD2025"). */
  after: ReadonlyMap<string, number | null>;
  afterLabel: string;
}

/**
 * Two decile maps side by side, on the same extent and palette, each under its edition's name:
 * drawn at build time, so the comparison needs no script, no slider and nothing to operate. The
 * panels sit side by side where the column is wide enough and one above the other where it is not
 * (style.css, .wm-compare).
 */
export function decileComparison(
  topology: Topology,
  {before, beforeLabel, after, afterLabel, document = globalThis.document, ...map}: DecileComparisonOptions
): HTMLElement {
  const h = hyperscript(document);
  const panel = (label: string, deciles: ReadonlyMap<string, number | null>) =>
    h(
      "div",
      {class: "wm-compare-panel"},
      h("div", {class: "wm-compare-label"}, label),
      decileMap(topology, {...map, deciles, decileLabel: `${label} IMD decile`, document})
    );
  return h("div", {class: "wm-compare"}, panel(beforeLabel, before), panel(afterLabel, after));
}
