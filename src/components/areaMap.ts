import * as Plot from "@observablehq/plot";
import {geoBounds} from "d3-geo";
import type {GeometryCollection, Topology} from "topojson-specification";
import {merge, mesh} from "topojson-client";
import {layerFeatures} from "./features.js";
import {HIGHLIGHT, OTHER_AREA, OUTLINE} from "./palette.js";
import {asImage} from "./plotAria.js";
import {FIGURE_FONT_SIZE, WIDE} from "./responsive.js";

export type Layer = "lsoa" | "msoa" | "ward" | "district";

export interface AreaOutline {
  /** Codes of the `layer` features that make up the area (merged into one shape). */
  codes: readonly string[];
  layer: Layer;
  label?: string;
}

export interface AreaMapOptions {
  /** The layer whose features are filled. */
  layer: Layer;
  /** A CSS colour for each feature code (null: no fill). */
  fill: (code: string) => string | null;
  /** Tooltip text of a feature. */
  title: (code: string, name: string) => string;
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
  /** The document to draw in (default: the page's; a server-side DOM at build time). */
  document?: Document;
}

/** Each borough's name at its centre, in white-haloed text that reads over any fill. */
function districtNames(topology: Topology): Plot.Markish {
  return Plot.text(
    layerFeatures(topology, "district").features,
    Plot.centroid({
      text: (f) => f.properties.name,
      fill: OUTLINE,
      stroke: "white",
      strokeWidth: 3,
      fontSize: FIGURE_FONT_SIZE,
      fontWeight: 600
    })
  );
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
    codes,
    outlines = [],
    districts = true,
    districtLabels = false,
    width = WIDE,
    aspect = 0.72,
    document = globalThis.document
  }: AreaMapOptions
): SVGSVGElement | HTMLElement {
  const shown = layerFeatures(topology, layer, codes).features;
  const shapes = outlines.map((o) => ({
    outline: o,
    shape: {type: "Feature" as const, properties: {}, geometry: mergedArea(topology, o.layer, o.codes)}
  }));
  const marks: Plot.Markish[] = [
    Plot.geo(shown, {
      fill: (f) => fill(String(f.id)),
      stroke: "white",
      strokeWidth: 0.4,
      title: (f) => title(String(f.id), f.properties.name)
    })
  ];
  if (districts)
    marks.push(
      Plot.geo(mesh(topology, topology.objects.district as GeometryCollection), {stroke: OUTLINE, strokeWidth: 1.4})
    );
  if (districtLabels) marks.push(districtNames(topology));
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
  return asImage(
    Plot.plot({
      document,
      width,
      height: Math.round(width * aspect),
      style: {fontSize: `${FIGURE_FONT_SIZE}px`},
      projection: {type: "mercator", domain: {type: "FeatureCollection", features: shown} as GeoJSON.FeatureCollection},
      marks
    }) as SVGSVGElement | HTMLElement
  );
}

export interface LocatorMapOptions {
  /** The layer of the highlighted area. */
  layer: Layer;
  /** Codes of the `layer` features that make up the highlighted area (merged into one shape). */
  codes: readonly string[];
  /** Tooltip text of the highlighted area. */
  title: string;
  /** Drawn width in px (default WIDE). */
  width?: number;
  /** Height as a share of width (default 0.72). */
  aspect?: number;
  /** The document to draw in (default: the page's; a server-side DOM at build time). */
  document?: Document;
}

const locatorBases = new WeakMap<Topology, Map<Layer, ReturnType<typeof makeLocatorBase>>>();

function makeLocatorBase(topology: Topology, layer: Layer) {
  const districts = topology.objects.district as GeometryCollection;
  const districtOf = (g: {properties?: unknown}) => (g.properties as {district?: string} | undefined)?.district;
  return {
    districts: layerFeatures(topology, "district"),
    region: {type: "Feature" as const, properties: {}, geometry: merge(topology, districts.geometries as never)},
    // Borders between two areas of one borough: the boroughs' borders are drawn darker on top.
    boundaries: mesh(
      topology,
      topology.objects[layer] as GeometryCollection,
      (a, b) => a !== b && districtOf(a) === districtOf(b)
    ),
    districtOutlines: mesh(topology, districts)
  };
}

/** What every locator map of a topology's layer shares, made once (a page per ward draws 192). */
function locatorBase(topology: Topology, layer: Layer): ReturnType<typeof makeLocatorBase> {
  const bases = locatorBases.get(topology) ?? new Map<Layer, ReturnType<typeof makeLocatorBase>>();
  locatorBases.set(topology, bases);
  if (!bases.has(layer)) bases.set(layer, makeLocatorBase(topology, layer));
  return bases.get(layer)!;
}

/**
 * Where one area is in the seven boroughs: the area in HIGHLIGHT over the region in OTHER_AREA, the
 * other `layer` boundaries as thin white lines, and the boroughs' outlines and names. Drawn from the
 * region's outline and meshes of boundaries rather than a shape per area, so each border is drawn
 * once: a small graphic to put in a page's HTML (pair it with a simplified topology).
 */
export function locatorMap(
  topology: Topology,
  {layer, codes, title, width = WIDE, aspect = 0.72, document = globalThis.document}: LocatorMapOptions
): SVGSVGElement | HTMLElement {
  const {districts, region, boundaries, districtOutlines} = locatorBase(topology, layer);
  const area = {type: "Feature" as const, properties: {}, geometry: mergedArea(topology, layer, codes)};
  return asImage(
    Plot.plot({
      document,
      width,
      height: Math.round(width * aspect),
      style: {fontSize: `${FIGURE_FONT_SIZE}px`},
      projection: {type: "mercator", domain: districts},
      marks: [
        Plot.geo([region], {fill: OTHER_AREA}),
        Plot.geo(boundaries, {stroke: "white", strokeWidth: 0.4}),
        // Outlined in its own colour, so an area a few pixels across still shows.
        Plot.geo([area], {fill: HIGHLIGHT, stroke: HIGHLIGHT, strokeWidth: 1, title: () => title}),
        Plot.geo(districtOutlines, {stroke: OUTLINE, strokeWidth: 1.4}),
        districtNames(topology)
      ]
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
