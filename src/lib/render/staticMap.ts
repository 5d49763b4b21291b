import {geoMercator, geoPath} from "d3-geo";
import type {StoryFeature} from "../stories/geometry.js";
import {escapeHtml} from "./html.js";

/** Decile colours for maps drawn without JavaScript: cividis at ten even steps, as Plot's ordinal scheme samples it. */
export const DECILE_COLOURS = [
  "rgb(0, 32, 81)",
  "rgb(13, 52, 107)",
  "rgb(51, 72, 110)",
  "rgb(87, 92, 110)",
  "rgb(115, 113, 114)",
  "rgb(139, 134, 119)",
  "rgb(164, 157, 120)",
  "rgb(195, 181, 109)",
  "rgb(230, 207, 89)",
  "rgb(253, 234, 69)"
];

export interface StaticLayer {
  features: readonly StoryFeature[];
  fill?: (f: StoryFeature) => string;
  stroke: string;
  strokeWidth: number;
}

/**
 * A map as an SVG string, drawn at build time so the story has a figure without JavaScript.
 * The view fits `fit`; layers are drawn in order. A `thumbnail` previews a map shown in full,
 * with its data table, on the page it links to (the publish gates accept it without a table).
 */
export function staticMap({
  layers,
  fit,
  width,
  height,
  title,
  thumbnail = false
}: {
  layers: StaticLayer[];
  fit: readonly StoryFeature[];
  width: number;
  height: number;
  title: string;
  thumbnail?: boolean;
}): string {
  const projection = geoMercator().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4]
    ],
    {type: "FeatureCollection", features: fit as unknown as GeoJSON.Feature[]}
  );
  const path = geoPath(projection).digits(1);
  const paths = layers.flatMap((l) =>
    l.features.map(
      (f) =>
        `<path d="${path(f as GeoJSON.Feature) ?? ""}" fill="${l.fill ? l.fill(f) : "none"}" ` +
        `stroke="${l.stroke}" stroke-width="${l.strokeWidth}">` +
        `<title>${escapeHtml(f.properties.name)}</title></path>`
    )
  );
  return (
    `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" ` +
    `aria-label="${escapeHtml(title)}" class="story-static-map"${thumbnail ? " data-wm-thumbnail" : ""}>` +
    `${paths.join("")}</svg>`
  );
}
