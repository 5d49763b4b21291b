import {geoBounds, geoCentroid} from "d3-geo";
import type {GeometryCollection, Topology} from "topojson-specification";
import {feature} from "topojson-client";
import {areaMap, mergedArea, type PlaceLabel} from "./areaMap.js";
import {HIGHLIGHT} from "./palette.js";
import {FIGURE_FONT_SIZE, WIDE} from "./responsive.js";

export interface LocatorMapOptions {
  /** Codes of the area's LSOAs. */
  area: readonly string[];
  /** Code of the area's borough: the one borough named on narrow maps, where all seven names do not fit. */
  district: string;
  /** Tooltip text of each of the area's LSOAs. */
  title: (code: string, name: string) => string;
  /** Drawn width in px (default WIDE). */
  width?: number;
  /** The document to draw in (default: the page's; a server-side DOM at build time). */
  document?: Document;
}

type Districts = GeoJSON.FeatureCollection<GeoJSON.Geometry, {name: string}>;
type Box = [[number, number], [number, number]];

/** A bold label's half width and half height in px, with its white halo: generous, so it is never cut off. */
const halfWidth = (name: string) => (name.length * FIGURE_FONT_SIZE * 0.75) / 2 + 4;
const HALF_HEIGHT = FIGURE_FONT_SIZE / 2 + 4;

/**
 * Borough names at their centres, moved in from the map's sides as far as their width needs, and
 * above or below the area if they would hide it. The map is a Mercator projection fitted to the
 * boroughs' width: longitude is linear across it, latitude nearly so over so small a region.
 */
function boroughLabels(districts: Districts, area: Box, width: number): (PlaceLabel & {code: string})[] {
  const [[west, south], [east, north]] = geoBounds(districts);
  const perPixel = (east - west) / width;
  const latitudePerPixel = perPixel * Math.cos((((south + north) / 2) * Math.PI) / 180);
  const [[areaWest, areaSouth], [areaEast, areaNorth]] = area;
  return districts.features.map((f) => {
    const [cx, cy] = geoCentroid(f);
    const dx = halfWidth(f.properties.name) * perPixel;
    const dy = HALF_HEIGHT * latitudePerPixel;
    const x = Math.min(east - dx, Math.max(west + dx, cx));
    const hides = x - dx < areaEast && x + dx > areaWest && cy - dy < areaNorth && cy + dy > areaSouth;
    const below = areaSouth - dy - 2 * latitudePerPixel;
    const y = !hides ? cy : below - dy > south ? below : areaNorth + dy + 2 * latitudePerPixel;
    return {code: String(f.id), name: f.properties.name, x, y};
  });
}

/**
 * Where an area is: the seven boroughs with the area's LSOAs filled and outlined, so that even a
 * few streets show at the region's scale. The boroughs are named, or only the area's borough on a
 * narrow map. `topology` has the objects lsoa and district.
 */
export function locatorMap(
  topology: Topology,
  {area, district, title, width = WIDE, document = globalThis.document}: LocatorMapOptions
): SVGSVGElement | HTMLElement {
  const districts = feature(topology, topology.objects.district as GeometryCollection<{name: string}>) as Districts;
  const areaBox = geoBounds({type: "Feature", properties: {}, geometry: mergedArea(topology, "lsoa", area)}) as Box;
  const labels = boroughLabels(districts, areaBox, width);
  return areaMap(topology, {
    layer: "lsoa",
    codes: new Set(area),
    fill: () => HIGHLIGHT,
    stroke: HIGHLIGHT,
    title,
    outlines: [{codes: area, layer: "lsoa"}],
    fitTo: districts,
    labels: width < WIDE ? labels.filter((l) => l.code === district) : labels,
    aspect: 0.7,
    width,
    document
  });
}
