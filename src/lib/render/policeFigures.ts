// Monthly recorded crime from police.uk's street-level files, for a ward or a story's area: a trend
// of the crime types that matter most to violence reduction, and a map of LSOA rates. Every count
// and rate passes disclosure control (summaries/policeCrime.ts) before it reaches a figure.
import type {Topology} from "topojson-specification";
import {areaMap, swatchLegend} from "../../components/areaMap.js";
import {dataTable} from "../../components/dataTable.js";
import {hyperscript} from "../../components/dom.js";
import {figure} from "../../components/figure.js";
import {monthlyLines} from "../../components/monthlyLines.js";
import {DECILE_COLOURS, OTHER_AREA} from "../../components/palette.js";
import {responsive, WIDE} from "../../components/responsive.js";
import {sourceLine, type ProvenanceEntry} from "../../components/sourceLine.js";
import {seriesLegend} from "../../components/symbolLegend.js";
import {formatDecimal, formatInteger} from "../format.js";
import {POLICE_STREET_SOURCE, type CrimeType} from "../inputs/policeStreet.js";
import {SOURCE_PATHS} from "../inputs/paths.js";
import {areaMonthly, lsoaTotal, recentMonths, type PoliceCrime} from "../model/policeCrime.js";
import {DEFAULT_POLICE_TREND_TYPES, POLICE_TREND_FIRST} from "../content/story.js";
import {
  ANONYMISED_NOTE,
  countText,
  disclosedCount,
  disclosedParts,
  disclosedRate,
  FEWER_THAN,
  MIN_RATE_RESIDENTS,
  monthName,
  periodName,
  rateMapSentence,
  trendSentence,
  WITHHELD,
  type DisclosedCount
} from "../summaries/policeCrime.js";

/** The map's crime type: the one every trend shows first. */
export const MAP_TYPE: CrimeType = POLICE_TREND_FIRST;

/** The area the figures are about. */
export interface PoliceArea {
  /** "Aston", or a story's title. */
  name: string;
  /** Its 2021 LSOAs, with their names. */
  lsoas: readonly {code: string; name: string}[];
  /** Prefix of the figures' ids, unique in the page. */
  id: string;
}

export interface PoliceFigureOptions {
  /** Boundaries with an `lsoa` object holding the area's LSOAs. */
  topology: Topology;
  /** The page's source files (for the population and boundaries the map uses). */
  provenance: readonly ProvenanceEntry[];
  document: Document;
  /** The types the trend shows after violence and sexual offences (a story's police_trend_types). */
  trendTypes?: readonly CrimeType[];
}

/**
 * Rate classes: five, cut at the quintiles of every rated LSOA of the region, so that a colour means
 * the same on every page; dark is high, as on the deprivation maps.
 */
const RATE_COLOURS = [DECILE_COLOURS[9], DECILE_COLOURS[7], DECILE_COLOURS[5], DECILE_COLOURS[3], DECILE_COLOURS[1]];
const thresholds = new WeakMap<PoliceCrime, number[]>();

function rateThresholds(police: PoliceCrime): number[] {
  const made = thresholds.get(police);
  if (made) return made;
  const {first} = recentMonths(police);
  const rates = [...police.residents]
    .map(([code, residents]) => disclosedRate(lsoaTotal(police, code, MAP_TYPE, first), residents))
    .filter((r): r is number => r !== null)
    .sort((a, b) => a - b);
  const cut = [1, 2, 3, 4].map((q) => Math.round(rates[Math.floor((q * rates.length) / 5)] * 10) / 10);
  const unique = rates.length ? [...new Set(cut)] : [];
  thresholds.set(police, unique);
  return unique;
}

const rateClass = (rate: number, cuts: readonly number[]) => cuts.filter((c) => rate >= c).length;

function classLabels(cuts: readonly number[]): string[] {
  const f = (v: number) => formatDecimal(v, 1);
  if (!cuts.length) return ["any rate"];
  return [
    `under ${f(cuts[0])}`,
    ...cuts.slice(1).map((c, i) => `${f(cuts[i])} to under ${f(c)}`),
    `${f(cuts[cuts.length - 1])} or more`
  ];
}

function policeSource(provenance: readonly ProvenanceEntry[], files: readonly string[], document: Document) {
  return sourceLine([POLICE_STREET_SOURCE, ...provenance], [POLICE_STREET_SOURCE.file, ...files], {document});
}

function trendFigure(
  police: PoliceCrime,
  area: PoliceArea,
  {provenance, document, trendTypes = DEFAULT_POLICE_TREND_TYPES}: PoliceFigureOptions
) {
  const types: CrimeType[] = [POLICE_TREND_FIRST, ...trendTypes];
  const codes = new Set(area.lsoas.map((l) => l.code));
  const series = types.map((type) => ({type, counts: areaMonthly(police, codes, type).map(disclosedCount)}));
  const rows = series.flatMap(({type, counts}) =>
    police.months.map((month, m) => ({month, type: type as string, count: counts[m]}))
  );
  const byMonth = police.months.map((month, m) => ({
    month,
    counts: Object.fromEntries(series.map((s) => [s.type, s.counts[m]])) as Record<string, DisclosedCount>
  }));
  return figure({
    id: `${area.id}-police-trend`,
    document,
    title: `Crimes recorded each month in ${area.name}`,
    units:
      `Crimes per month in the area's LSOAs, ${periodName(police.months)} (police.uk street-level data); ` +
      `a month with ${FEWER_THAN} is left out of the line`,
    summary: trendSentence(area.name, series[0].type, police.months, series[0].counts),
    legend: seriesLegend(types, {document}),
    graphic: responsive(
      (width) =>
        monthlyLines(rows, {
          month: (r) => r.month,
          series: (r) => r.type,
          seriesOrder: types,
          value: (r) => r.count,
          label: width < WIDE ? "Crimes" : "Crimes per month",
          title: (r) => `${r.type}, ${monthName(r.month)}: ${countText(r.count)}`,
          width,
          document
        }),
      {document}
    ),
    table: dataTable({
      document,
      caption: `Crimes recorded each month in ${area.name}`,
      rows: byMonth,
      columns: [
        {label: "Month", value: (d) => d.month, format: (v) => monthName(String(v))},
        ...types.map((type) => ({
          label: type,
          value: (d: (typeof byMonth)[number]) => d.counts[type],
          format: (_: unknown, d: (typeof byMonth)[number]) => countText(d.counts[type]),
          numeric: true
        }))
      ]
    }),
    source: policeSource(provenance, [], document)
  });
}

function rateMapFigure(police: PoliceCrime, area: PoliceArea, {topology, provenance, document}: PoliceFigureOptions) {
  const {first, months} = recentMonths(police);
  const period = periodName(months);
  const counts = area.lsoas.map(({code}) => lsoaTotal(police, code, MAP_TYPE, first));
  // The trend shows the area's monthly counts: when none of the map's months is hidden there, their
  // sum is the area's total, and the parts must not give a small count away by subtraction.
  const monthly = areaMonthly(police, new Set(area.lsoas.map((l) => l.code)), MAP_TYPE).slice(first);
  const crimes = disclosedParts(
    counts,
    monthly.every((n) => disclosedCount(n) !== null)
  );
  const rows = area.lsoas.map(({code, name}, i) => {
    const residents = police.residents.get(code);
    const rate = typeof crimes[i] === "number" ? disclosedRate(counts[i], residents) : null;
    return {code, name, crimes: crimes[i], residents, rate};
  });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const cuts = rateThresholds(police);
  const labels = classLabels(cuts);
  const colour = (code: string) => {
    const rate = byCode.get(code)?.rate;
    return rate === null || rate === undefined ? OTHER_AREA : RATE_COLOURS[rateClass(rate, cuts)];
  };
  const noRate = `no rate (${FEWER_THAN} crimes, or withheld)`;
  const codes = new Set(rows.map((r) => r.code));
  return figure({
    id: `${area.id}-police-rates`,
    document,
    title: `${MAP_TYPE}: rate in each LSOA of ${area.name}`,
    units:
      `Crimes per 1,000 residents (ONS mid-2024 estimates), ${period}; classes are fifths of the region's LSOAs ` +
      `with a rate; no rate with ${FEWER_THAN} crimes or under ${formatInteger(MIN_RATE_RESIDENTS)} residents`,
    summary: rateMapSentence(area.name, MAP_TYPE, period, rows),
    legend: swatchLegend(
      [...labels.map((label, i) => ({label, color: RATE_COLOURS[i]})), {label: noRate, color: OTHER_AREA}],
      "Crimes per 1,000 residents",
      {document}
    ),
    // No text in the map, so one drawing serves every width.
    graphic: areaMap(topology, {
      layer: "lsoa",
      codes,
      fill: colour,
      stroke: "#1b1b1b",
      strokeWidth: 0.5,
      districts: false,
      title: (code, name) => {
        const row = byCode.get(code);
        const rate = row?.rate ?? null;
        return [
          `${name} (${code})`,
          `${MAP_TYPE}, ${period}: ` +
            (row?.crimes === WITHHELD ? "count withheld" : `${countText(row?.crimes)} crimes`),
          rate === null ? "No rate" : `${formatDecimal(rate, 1)} per 1,000 residents`
        ].join("\n");
      },
      width: WIDE,
      document
    }),
    table: dataTable({
      document,
      caption: `${MAP_TYPE} by LSOA in ${area.name}, ${period}`,
      rows,
      key: (d) => d.code,
      columns: [
        {label: "LSOA", value: (d) => `${d.name} (${d.code})`},
        {label: "Crimes", value: (d) => d.crimes, format: (_, d) => countText(d.crimes), numeric: true},
        {
          label: "Residents (mid-2024)",
          value: (d) => d.residents,
          format: (v) => (v === undefined || v === null ? "–" : formatInteger(Number(v))),
          numeric: true
        },
        {
          label: "Rate per 1,000 residents",
          value: (d) => d.rate,
          format: (v) => (v === null || v === undefined ? "no rate" : formatDecimal(Number(v), 1)),
          numeric: true
        }
      ]
    }),
    source: policeSource(provenance, [SOURCE_PATHS.lookup, SOURCE_PATHS.lsoaBoundaries], document)
  });
}

/**
 * The police.uk figures of an area, with the note on how police.uk places crimes: a block for a ward
 * page or a story's crime step.
 */
export function policeCrimeBlock(police: PoliceCrime, area: PoliceArea, options: PoliceFigureOptions): HTMLElement {
  const h = hyperscript(options.document);
  return h(
    "div",
    {class: "wm-police-crime"},
    h("p", {class: "story-note"}, ANONYMISED_NOTE),
    trendFigure(police, area, options),
    rateMapFigure(police, area, options)
  );
}
