// The story's maps, drawn at build time: where the area is, its LSOAs and wards, its deprivation.
import type {GeometryCollection} from "topojson-specification";
import {feature} from "topojson-client";
import {areaMap} from "../../components/areaMap.js";
import {dataTable, type TableColumn} from "../../components/dataTable.js";
import {decileLegend, decileMap} from "../../components/decileMap.js";
import {figure} from "../../components/figure.js";
import {locatorMap} from "../../components/locatorMap.js";
import {placeMarks} from "../../components/placeMarks.js";
import {responsive, WIDE} from "../../components/responsive.js";
import type {Place} from "../content/places.js";
import type {StoryLsoa} from "../stories/data.js";
import {formatInteger} from "../format.js";
import {SOURCE_PATHS as P} from "../inputs/paths.js";
import {lsoaLabel} from "../summaries/areaNames.js";
import {IMD_DECILE_UNITS, IMD_RANK_LABEL, imdRankText, mostDeprivedSentence} from "../summaries/deprivation.js";
import {areaSentence, changeWhereSentence, locatorSentence, placesSentence} from "../summaries/stories.js";
import {decileChangeFigure} from "./decileChange.js";
import {FIGURE_SOURCES, figureSource, type StoryFigureContext} from "./storyFigureContext.js";

const lsoaName = (code: string, name: string) => `${name} (${code})`;

/** The first columns of a table whose rows are the area's LSOAs: named as on the maps' tips. */
const LSOA_COLUMNS: TableColumn<StoryLsoa>[] = [
  {label: "LSOA", value: (l) => lsoaName(l.code, l.name)},
  {label: "Neighbourhood", value: (l) => l.msoa}
];

/** Tooltip names of the story's LSOAs: their neighbourhood and ward first (lsoaLabel). */
function lsoaTip({data}: StoryFigureContext): (code: string, name: string) => string {
  const byCode = new Map(data.numbers.lsoas.map((l) => [l.code, l]));
  return (code, name) => lsoaLabel({code, name, neighbourhood: byCode.get(code)?.msoa, ward: byCode.get(code)?.ward});
}

/** The locator: the area within the seven boroughs. */
export function regionFigure(ctx: StoryFigureContext): HTMLElement {
  const {data, topology, document} = ctx;
  const {story, numbers, wards, district} = data;
  return figure({
    id: "figure-region",
    document,
    title: `${story.title} in the West Midlands`,
    units: "Map of the seven West Midlands boroughs; the area is shaded",
    summary: locatorSentence(
      story.title,
      district.name,
      numbers.lsoas.length,
      wards.map((w) => w.name),
      numbers.population
    ),
    graphic: responsive(
      (width) =>
        locatorMap(topology, {
          area: story.area.lsoa_codes,
          district: district.code,
          title: lsoaTip(ctx),
          width,
          document
        }),
      {document}
    ),
    // A row for each shaded LSOA, keyed like its mark, so the keyboard reaches every tip (tips.ts).
    table: dataTable({
      document,
      caption: "The area's LSOAs and their wards",
      rows: numbers.lsoas,
      key: (l) => l.code,
      columns: [...LSOA_COLUMNS, {label: "Ward", value: (l) => l.ward}, {label: "District", value: () => district.name}]
    }),
    source: figureSource(ctx, [P.wardBoundaries, P.lsoaBoundaries, P.wardLookup])
  });
}

const PLACE_KINDS: Record<Place["kind"], string> = {
  estate: "Estate",
  park: "Park",
  school: "School",
  "community centre": "Community centre",
  other: "Place"
};

/** "52.3947° N, 1.9271° W" */
const degrees = ({lat, lon}: {lat: number; lon: number}) =>
  `${Math.abs(lat).toFixed(4)}° ${lat < 0 ? "S" : "N"}, ${Math.abs(lon).toFixed(4)}° ${lon < 0 ? "W" : "E"}`;

/** The story's named places as a table: the key to the map's marks, with where each is known from. */
function placesTable(ctx: StoryFigureContext): HTMLElement {
  const {places} = ctx.data.content;
  const names = new Map(ctx.data.numbers.lsoas.map((l) => [l.code, lsoaName(l.code, l.name)]));
  return dataTable({
    document: ctx.document,
    caption: "Named places on the map",
    summary: "Show the named places and their sources",
    rows: places,
    columns: [
      {label: "Place", value: (p) => p.name},
      {label: "Kind", value: (p) => PLACE_KINDS[p.kind]},
      {
        label: "Where",
        value: (p) =>
          p.point ? `Point at ${degrees(p.point)}` : `LSOAs: ${p.lsoas.map((c) => names.get(c) ?? c).join(", ")}`
      },
      {label: "Source", value: (p) => (p.link ? `${p.source} (${p.link})` : p.source)}
    ]
  });
}

/** The area close up: its LSOAs, the wards they are in, the neighbourhoods' names and the story's named places. */
export function areaFigure(ctx: StoryFigureContext): HTMLElement {
  const {data, topology, document} = ctx;
  const {story, numbers, wards, geometry} = data;
  const {places} = data.content;
  const shown = figure({
    id: "figure-area",
    document,
    title: `${story.title}: LSOAs, wards and neighbourhood names`,
    units:
      "Shaded: the area's LSOAs (2021); thick lines: wards (May 2025), drawn from their own boundaries, " +
      "so LSOAs matched to a ward by best fit may not fill it exactly; " +
      "labels: House of Commons Library neighbourhood (MSOA) names",
    summary: [
      areaSentence(
        numbers.lsoas.length,
        wards.map((w) => w.name),
        geometry.labels.map((l) => l.name)
      ),
      placesSentence(places.map((p) => p.name))
    ]
      .filter(Boolean)
      .join(" "),
    graphic: responsive(
      (width) =>
        areaMap(topology, {
          layer: "lsoa",
          fill: () => "#f3f2f1",
          stroke: "#6f777b",
          strokeWidth: 0.8,
          title: lsoaTip(ctx),
          districts: false,
          outlines: wards.map((w) => ({codes: [w.code], layer: "ward" as const})),
          labels: geometry.labels,
          // The wards' own boundaries can reach beyond the LSOAs matched to them: both are in view.
          fitTo: {
            type: "FeatureCollection",
            features: (["lsoa", "ward"] as const).flatMap(
              (name) => feature(topology, topology.objects[name] as GeometryCollection).features
            )
          },
          aspect: 0.8,
          // The map's own names wrap at 6 ems when narrow, 10 when wide (areaMap): the places keep clear of them.
          marks: placeMarks(places, {topology, avoid: geometry.labels, avoidLineWidth: width < WIDE ? 6 : 10}),
          width,
          document
        }),
      {document}
    ),
    table: dataTable({
      document,
      caption: "LSOAs in the area",
      rows: numbers.lsoas,
      key: (l) => l.code,
      columns: [
        ...LSOA_COLUMNS,
        {label: "Ward", value: (l) => l.ward},
        {
          label: "Residents, mid-2024",
          value: (l) => l.population,
          numeric: true,
          format: (v) => formatInteger(Number(v))
        }
      ]
    }),
    source: figureSource(ctx, [P.lsoaBoundaries, P.wardBoundaries, ...FIGURE_SOURCES.names])
  });
  if (places.length) shown.append(placesTable(ctx));
  return shown;
}

/** Each LSOA shaded by its IMD 2025 decile; a map without text, so drawn once. */
export function deprivationFigure(ctx: StoryFigureContext): HTMLElement {
  const {data, topology, document} = ctx;
  const {lsoas} = data.numbers;
  const byCode = new Map(lsoas.map((l) => [l.code, l]));
  return figure({
    id: "figure-deprivation",
    document,
    title: "Index of Multiple Deprivation 2025 by LSOA",
    units: IMD_DECILE_UNITS,
    summary: mostDeprivedSentence(lsoas, "the area"),
    legend: decileLegend(
      lsoas.map((d) => d.imd_decile),
      {document}
    ),
    graphic: decileMap(topology, {
      deciles: new Map(lsoas.map((l) => [l.code, l.imd_decile])),
      areaName: lsoaTip(ctx),
      outlines: ["ward"],
      describe: (code) => imdRankText(byCode.get(code)?.imd_rank),
      document
    }),
    table: dataTable({
      document,
      caption: "IMD 2025 decile and rank by LSOA",
      rows: lsoas,
      key: (l) => l.code,
      columns: [
        ...LSOA_COLUMNS,
        {label: "IMD decile", value: (l) => l.imd_decile, numeric: true},
        {
          label: IMD_RANK_LABEL,
          value: (l) => l.imd_rank,
          numeric: true,
          format: (v) => (v === null ? "–" : formatInteger(Number(v)))
        }
      ]
    }),
    source: figureSource(ctx, FIGURE_SOURCES.imd)
  });
}

/**
 * The LSOAs' IoD2019 and IoD2025 deciles on two maps side by side (decileChange.ts), after the chart
 * that counts the moves: its sentence names the LSOAs that moved.
 */
export function changeMapFigure(ctx: StoryFigureContext): HTMLElement {
  return decileChangeFigure(ctx.data.numbers.lsoas, {
    id: "figure-change-map",
    summary: changeWhereSentence(ctx.data.numbers.lsoas),
    topology: ctx.topology,
    areaName: lsoaTip(ctx),
    source: figureSource(ctx, [...FIGURE_SOURCES.change, P.lsoaBoundaries, P.wardBoundaries]),
    document: ctx.document
  });
}
