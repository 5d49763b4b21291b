import * as Plot from "@observablehq/plot";
import {geoCentroid} from "d3-geo";
import type {GeometryCollection, Topology} from "topojson-specification";
import {merge, mesh} from "topojson-client";
import {layerFeatures} from "./features.js";
import {AREA_LABEL_CLASS, AVOID_CLASS, POINT_LABEL_CLASS, placeLabels} from "./labelPlacement.js";
import {keyedMarks} from "./markKeys.js";
import {OUTLINE} from "./palette.js";
import {asImage} from "./plotAria.js";
import {FIGURE_FONT_SIZE, WIDE} from "./responsive.js";

export type Layer = "lsoa" | "msoa" | "ward" | "district";

export interface AreaOutline {
  /** Codes of the `layer` features that make up the area (merged into one shape). */
  codes: readonly string[];
  layer: Layer;
  label?: string;
  /** Keep every name off this area (default: when it has a label). */
  clear?: boolean;
  /** Tooltip text of the area, and its key: the data-key of the table row that stands for it. */
  title?: string;
  key?: string;
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
  /** Tooltip text of a feature (none: no tooltips, where another figure's table reaches the same areas). */
  title?: (code: string, name: string) => string;
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
  // Areas kept clear of names come first, the labelled ones first of all: placeLabels pairs the
  // i-th area label with the i-th of these shapes.
  const clear = (o: AreaOutline) => (o.label ? 2 : o.clear ? 1 : 0);
  const shapes = [...outlines]
    .sort((a, b) => clear(b) - clear(a))
    .map((outline) => ({
      outline,
      shape: {type: "Feature" as const, properties: {}, geometry: mergedArea(topology, outline.layer, outline.codes)}
    }));
  const halo = {fill: OUTLINE, stroke: "white", strokeWidth: 3, fontSize: FIGURE_FONT_SIZE, fontWeight: 600};
  // Names wrap sooner on narrow maps, where neighbouring names would otherwise run into each other.
  const lineWidth = width < WIDE ? 8 : 16;
  const outlineMark = (list: typeof shapes, className?: string) =>
    Plot.geo(
      list.map((s) => s.shape),
      {
        stroke: OUTLINE,
        strokeWidth: 2.5,
        fill: "none",
        className,
        title: list.some((s) => s.outline.title) ? (_, i) => list[i!].outline.title ?? "" : undefined,
        render: keyedMarks(list, (s) => s.outline.key ?? "")
      }
    );
  const marks: Plot.Markish[] = [
    Plot.geo(shown, {
      fill: (f) => fill(String(f.id)),
      stroke,
      strokeWidth,
      title: title && ((f) => title(String(f.id), f.properties.name)),
      render: keyedMarks(shown, (f) => String(f.id))
    })
  ];
  if (districts)
    marks.push(
      Plot.geo(mesh(topology, topology.objects.district as GeometryCollection), {stroke: OUTLINE, strokeWidth: 1.4})
    );
  const kept = shapes.filter((s) => clear(s.outline));
  if (kept.length) marks.push(outlineMark(kept, AVOID_CLASS));
  if (kept.length < shapes.length) marks.push(outlineMark(shapes.filter((s) => !clear(s.outline))));
  // Names last, so that no shape covers them; placeLabels moves them off the areas and each other.
  const labelled = shapes.filter((s) => s.outline.label);
  if (labelled.length)
    marks.push(
      Plot.text(
        labelled.map((s) => geoCentroid(s.shape)),
        {
          text: (_, i) => labelled[i!].outline.label,
          textAnchor: "start",
          lineWidth,
          className: AREA_LABEL_CLASS,
          ...halo
        }
      )
    );
  if (districtLabels)
    marks.push(
      Plot.text(
        layerFeatures(topology, "district").features,
        Plot.centroid({text: (f) => f.properties.name, className: POINT_LABEL_CLASS, ...halo})
      )
    );
  if (labels.length)
    marks.push(
      Plot.text(labels, {
        x: "x",
        y: "y",
        text: "name",
        className: POINT_LABEL_CLASS,
        ...halo,
        strokeWidth: 4,
        fontWeight: "bold",
        lineWidth: width < WIDE ? 6 : 10
      })
    );
  marks.push(...extra);
  const domain = fitTo ?? ({type: "FeatureCollection", features: shown} as GeoJSON.FeatureCollection);
  return asImage(
    placeLabels(
      Plot.plot({
        document,
        width,
        height: Math.round(width * aspect),
        style: {fontSize: `${FIGURE_FONT_SIZE}px`},
        projection: {type: "mercator", domain},
        marks
      }) as SVGSVGElement | HTMLElement
    )
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
