import * as Plot from "@observablehq/plot";
import {geoBounds} from "d3-geo";
import type {GeometryCollection, Topology} from "topojson-specification";
import {merge, mesh} from "topojson-client";
import {layerFeatures} from "./features.js";
import {OUTLINE} from "./palette.js";
import {asImage} from "./plotAria.js";
import {FIGURE_FONT_SIZE, WIDE} from "./responsive.js";

export type Layer = "lsoa" | "msoa" | "ward" | "district";

export interface AreaOutline {
  /** Codes of the `layer` features that make up the area (merged into one shape). */
  codes: readonly string[];
  layer: Layer;
  label?: string;
}

/** A name drawn on a map at a point: longitude x, latitude y. */
export interface PlaceLabel {
  name: string;
  x: number;
  y: number;
}

export interface AreaMapOptions {
  /** The layer whose features are filled. */
  layer: Layer;
  /** A CSS colour for each feature code (null: no fill). */
  fill: (code: string) => string | null;
  /** Tooltip text of a feature. */
  title: (code: string, name: string) => string;
  /** Borders between the filled areas (default white, 0.4 px). */
  stroke?: string;
  strokeWidth?: number;
  /** Only these codes of the layer (default: all). */
  codes?: ReadonlySet<string>;
  /** Areas drawn as thick outlines on top, with an optional label. */
  outlines?: readonly AreaOutline[];
  /** Draw the borough boundaries (default true). */
  districts?: boolean;
  /** Label each borough at its centre. */
  districtLabels?: boolean;
  /** Drawn width in px (default WIDE). */
  width?: number;
  /** Height as a share of width (default 0.72). */
  aspect?: number;
  /** Fit the view to these features instead of the shown ones (e.g. the whole region, for a locator). */
  fitTo?: GeoJSON.GeoJSON;
  /** Place names drawn at points (longitude x, latitude y), e.g. neighbourhood names. */
  labels?: readonly PlaceLabel[];
  /** Marks drawn last, in the map's projection (e.g. a story's named places: placeMarks). */
  marks?: readonly Plot.Markish[];
  /** The document to draw in (default: the page's; a server-side DOM at build time). */
  document?: Document;
}

/** One shape for a set of features of a layer (shared borders dissolved). */
export function mergedArea(topology: Topology, layer: Layer, codes: readonly string[]): GeoJSON.MultiPolygon {
  const set = new Set(codes);
  const collection = topology.objects[layer] as GeometryCollection;
  return merge(topology, collection.geometries.filter((g) => set.has(String(g.id))) as never);
}

/**
 * A map of one boundary layer with a colour per area, optional outlined areas (such as story
 * areas) and borough boundaries. Every area has a tooltip; pair it with a data table.
 */
export function areaMap(
  topology: Topology,
  {
    layer,
    fill,
    title,
    stroke = "white",
    strokeWidth = 0.4,
    codes,
    outlines = [],
    districts = true,
    districtLabels = false,
    width = WIDE,
    aspect = 0.72,
    fitTo,
    labels = [],
    marks: extra = [],
    document = globalThis.document
  }: AreaMapOptions
): SVGSVGElement | HTMLElement {
  // Only the features shown are made into GeoJSON: a ward's locator shows a few of 1,719 LSOAs.
  const shown = layerFeatures(topology, layer, codes).features;
  const shapes = outlines.map((o) => ({
    outline: o,
    shape: {type: "Feature" as const, properties: {}, geometry: mergedArea(topology, o.layer, o.codes)}
  }));
  const marks: Plot.Markish[] = [
    Plot.geo(shown, {
      fill: (f) => fill(String(f.id)),
      stroke,
      strokeWidth,
      title: (f) => title(String(f.id), f.properties.name)
    })
  ];
  if (districts)
    marks.push(
      Plot.geo(mesh(topology, topology.objects.district as GeometryCollection), {stroke: OUTLINE, strokeWidth: 1.4})
    );
  if (districtLabels) {
    marks.push(
      Plot.text(
        layerFeatures(topology, "district").features,
        Plot.centroid({
          text: (f) => f.properties.name,
          fill: OUTLINE,
          stroke: "white",
          strokeWidth: 3,
          fontSize: FIGURE_FONT_SIZE,
          fontWeight: 600
        })
      )
    );
  }
  for (const {shape, outline} of shapes) {
    marks.push(Plot.geo([shape], {stroke: OUTLINE, strokeWidth: 2.5, fill: "none"}));
    if (outline.label) {
      // Beside the area's east edge, so the label neither hides the area nor sits on a borough name.
      const [[, south], [east, north]] = geoBounds(shape);
      marks.push(
        Plot.text([[east, (south + north) / 2]], {
          text: () => outline.label,
          textAnchor: "start",
          dx: 5,
          fill: OUTLINE,
          stroke: "white",
          strokeWidth: 3,
          fontSize: FIGURE_FONT_SIZE,
          fontWeight: 600
        })
      );
    }
  }
  if (labels.length) {
    marks.push(
      Plot.text(labels, {
        x: "x",
        y: "y",
        text: "name",
        fill: OUTLINE,
        stroke: "white",
        strokeWidth: 4,
        fontSize: FIGURE_FONT_SIZE,
        fontWeight: "bold",
        // Names wrap sooner on narrow maps, where neighbouring names would otherwise run into each other.
        lineWidth: width < WIDE ? 6 : 10
      })
    );
  }
  marks.push(...extra);
  const domain = fitTo ?? ({type: "FeatureCollection", features: shown} as GeoJSON.FeatureCollection);
  return asImage(
    Plot.plot({
      document,
      width,
      height: Math.round(width * aspect),
      style: {fontSize: `${FIGURE_FONT_SIZE}px`},
      projection: {type: "mercator", domain},
      marks
    }) as SVGSVGElement | HTMLElement
  );
}

/** A legend of named colour swatches (for maps whose colours are categories). */
export function swatchLegend(
  items: readonly {label: string; color: string}[],
  label: string,
  {document = globalThis.document}: {document?: Document} = {}
): Element {
  // Plot.legend takes `document` like Plot.plot (src/context.js); its types omit it.
  return Plot.legend({
    document,
    color: {type: "ordinal", domain: items.map((i) => i.label), range: items.map((i) => i.color), label},
    className: "wm-legend"
  } as Parameters<typeof Plot.legend>[0]) as Element;
}
