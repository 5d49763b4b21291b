import {geoCentroid} from "d3-geo";
import type {GeometryCollection, Topology} from "topojson-specification";
import {feature} from "topojson-client";
import {areaMap} from "./areaMap.js";
import {HIGHLIGHT} from "./palette.js";
import {WIDE} from "./responsive.js";

export interface LocatorMapOptions {
  /** Codes of the area's LSOAs. */
  area: readonly string[];
  /** Code of the area's borough: the one borough named on narrow maps, where all seven names do not fit. */
  district: string;
  /** Tooltip text of each of the area's LSOAs (none: only the area's own tip, areaTip). */
  title?: (code: string, name: string) => string;
  /** The area's own tooltip, on its outline, and its key: the data-key of the table row that stands for it. */
  areaTip?: {title: string; key: string};
  /** Drawn width in px (default WIDE). */
  width?: number;
  /** The document to draw in (default: the page's; a server-side DOM at build time). */
  document?: Document;
}

type Districts = GeoJSON.FeatureCollection<GeoJSON.Geometry, {name: string}>;

/**
 * Where an area is: the seven boroughs with the area's LSOAs filled and outlined, so that even a
 * few streets show at the region's scale. The boroughs are named at their centres (areaMap moves a
 * name off the area and inside the map), or only the area's borough on a narrow map. `topology`
 * has the objects lsoa and district.
 */
export function locatorMap(
  topology: Topology,
  {area, district, title, areaTip, width = WIDE, document = globalThis.document}: LocatorMapOptions
): SVGSVGElement | HTMLElement {
  const districts = feature(topology, topology.objects.district as GeometryCollection<{name: string}>) as Districts;
  const named = width < WIDE ? districts.features.filter((f) => String(f.id) === district) : districts.features;
  return areaMap(topology, {
    layer: "lsoa",
    codes: new Set(area),
    fill: () => HIGHLIGHT,
    stroke: HIGHLIGHT,
    title,
    outlines: [{codes: area, layer: "lsoa", clear: true, ...areaTip}],
    fitTo: districts,
    labels: named.map((f) => {
      const [x, y] = geoCentroid(f);
      return {name: f.properties.name, x, y};
    }),
    // On a wide screen the story's first figure stands beside its text, under the page's header: the
    // wide drawing is short enough to end within a 900 px high screen when the page opens.
    aspect: width < WIDE ? 0.7 : 0.46,
    width,
    document
  });
}
