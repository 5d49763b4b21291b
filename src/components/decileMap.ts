import * as Plot from "@observablehq/plot";
import type {GeometryCollection, Topology} from "topojson-specification";
import {merge, mesh} from "topojson-client";
import {layerFeatures} from "./features.js";
import {keyedMarks} from "./markKeys.js";
import {formatInteger} from "../lib/format.js";
import {DECILE_KEY} from "./decileKey.js";
import {DECILE_COLOURS, DECILES, OUTLINE} from "./palette.js";
import {FIGURE_FONT_SIZE, WIDE} from "./responsive.js";

export interface DecileMapOptions {
  /** IMD decile by LSOA code. */
  deciles: ReadonlyMap<string, number | null>;
  /** The tooltip's first line: how the reader knows the LSOA (default: its name and code). */
  areaName?: (code: string, name: string) => string;
  /** The tooltip's name for the value (default "IMD decile"). */
  decileLabel?: string;
  /**
   * One shape per decile instead of one per LSOA, without tooltips: a whole region's map at a
   * fraction of the size, for a figure whose table holds every LSOA's value.
   */
  merged?: boolean;
  /** Extra tooltip lines by LSOA code. */
  describe?: (code: string, name: string) => string;
  /** Only these LSOAs (default: all). */
  lsoas?: ReadonlySet<string>;
  /** Boundary layers drawn on top. */
  outlines?: ("ward" | "district")[];
  /**
   * Only the boundaries of these wards or districts (default: every boundary of the layers), e.g.
   * one ward's outline: the rest of the region's boundaries would be drawn, unseen, outside the view.
   */
  outlineCodes?: ReadonlySet<string>;
  /** Drawn width in px (default WIDE). */
  width?: number;
  /** Fit the view to these features instead of the shown LSOAs. */
  fitTo?: GeoJSON.GeoJSON;
  /** The document to draw in (default: the page's; a server-side DOM at build time). */
  document?: Document;
}

/** "1 LSOA", "12 LSOAs" */
const lsoaCount = (n: number) => `${formatInteger(n)} ${n === 1 ? "LSOA" : "LSOAs"}`;

/** The legend's default label: the maps shade IMD 2025 deciles unless they say otherwise. */
const DECILE_LABEL = "IMD 2025 decile (1 = most deprived 10% in England)";

/**
 * The key of a decile map: each decile's swatch with how many of the map's LSOAs are in it, e.g.
 * "2: 1 LSOA". Ten ordered classes cannot all be told apart by colour alone in greyscale
 * (palette.ts), so the key is also how to find them: the count says whether a decile is on the map
 * at all, and the page's script makes each entry a button that outlines its LSOAs (decileKey.ts).
 * `deciles`: the decile of each LSOA the map shows.
 */
export function decileLegend(
  deciles: Iterable<number | null>,
  {label = DECILE_LABEL, document = globalThis.document}: {label?: string; document?: Document} = {}
): Element {
  const counts = new Map<number, number>();
  for (const decile of deciles) if (decile !== null) counts.set(decile, (counts.get(decile) ?? 0) + 1);
  return decileKey((d) => `${d}: ${lsoaCount(counts.get(d) ?? 0)}`, label, document);
}

/**
 * The key shared by maps of different editions (decileComparison.ts): each decile's swatch and
 * number only, since one count per decile would hold for one of the maps alone.
 */
export function decileLegendWithoutCounts({
  label = DECILE_LABEL,
  document = globalThis.document
}: {label?: string; document?: Document} = {}): Element {
  return decileKey((d) => `${d}`, label, document);
}

/** The ten swatches, each named by `entry`, in the element that decileKey.ts makes into controls. */
function decileKey(entry: (decile: number) => string, label: string, document: Document): Element {
  // Plot.legend takes `document` like Plot.plot (src/context.js); its types omit it.
  const swatches = Plot.legend({
    document,
    color: {type: "ordinal", range: DECILE_COLOURS, domain: DECILES, label},
    tickFormat: entry,
    className: "wm-legend"
  } as Parameters<typeof Plot.legend>[0]) as Element;
  const key = document.createElement("div");
  key.className = DECILE_KEY;
  key.append(swatches);
  return key;
}

/**
 * LSOAs shaded by IMD decile, with ward and district outlines and a tooltip per LSOA (each keyed by
 * its code, as data-key, for the rows of the figure's table).
 */
export function decileMap(
  topology: Topology,
  {
    deciles,
    areaName = (code, name) => `${name} (${code})`,
    decileLabel = "IMD decile",
    merged = false,
    describe,
    lsoas,
    outlines = ["ward", "district"],
    outlineCodes,
    width = WIDE,
    fitTo,
    document = globalThis.document
  }: DecileMapOptions
): SVGSVGElement | HTMLElement {
  const shown = layerFeatures(topology, "lsoa", lsoas).features;
  const domain = fitTo ?? {type: "FeatureCollection", features: shown};
  const marks: Plot.Markish[] = [
    merged
      ? Plot.geo(mergedByDecile(topology, deciles, lsoas), {fill: (f) => f.id, stroke: "white", strokeWidth: 0.25})
      : Plot.geo(shown, {
          fill: (f) => deciles.get(String(f.id)) ?? null,
          stroke: "white",
          strokeWidth: 0.25,
          title: (f) => {
            const code = String(f.id);
            const decile = deciles.get(code);
            return [
              areaName(code, f.properties.name),
              `${decileLabel}: ${decile ?? "not available"}`,
              describe?.(code, f.properties.name)
            ]
              .filter(Boolean)
              .join("\n");
          },
          render: keyedMarks(shown, (f) => String(f.id))
        })
  ];
  const boundaries = (name: "ward" | "district") =>
    mesh(
      topology,
      topology.objects[name] as GeometryCollection,
      outlineCodes && ((a, b) => outlineCodes.has(String(a.id)) || outlineCodes.has(String(b.id)))
    );
  if (outlines.includes("ward"))
    marks.push(Plot.geo(boundaries("ward"), {stroke: OUTLINE, strokeWidth: 0.6, strokeOpacity: 0.7}));
  if (outlines.includes("district")) marks.push(Plot.geo(boundaries("district"), {stroke: OUTLINE, strokeWidth: 1.6}));
  return Plot.plot({
    document,
    width,
    height: Math.round(width * 0.72),
    style: {fontSize: `${FIGURE_FONT_SIZE}px`},
    projection: {type: "mercator", domain},
    color: {type: "ordinal", range: DECILE_COLOURS, domain: DECILES},
    marks
  }) as SVGSVGElement | HTMLElement;
}

/** The shown LSOAs joined into one shape per decile (LSOAs without one are left out). */
function mergedByDecile(
  topology: Topology,
  deciles: ReadonlyMap<string, number | null>,
  lsoas?: ReadonlySet<string>
): GeoJSON.Feature[] {
  const geometries = (topology.objects.lsoa as GeometryCollection).geometries.filter(
    (g) => !lsoas || lsoas.has(String(g.id))
  );
  return DECILES.map((decile) => ({
    type: "Feature",
    id: decile,
    properties: {},
    geometry: merge(topology, geometries.filter((g) => deciles.get(String(g.id)) === decile) as never)
  }));
}
