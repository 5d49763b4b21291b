// The story's comparisons with the ward, borough, region and England: deprivation domains, recorded
// crime and the borough's needs-assessment indicators.
import {compareDots, type CompareOptions} from "../../components/compareChart.js";
import {dataTable} from "../../components/dataTable.js";
import {figure} from "../../components/figure.js";
import {keyFigures} from "../../components/keyFigures.js";
import {responsive, WIDE} from "../../components/responsive.js";
import {seriesLegend} from "../../components/symbolLegend.js";
import {formatDecimal, formatShare} from "../format.js";
import {boroughIndicators} from "../stories/borough.js";
import {crimeProfile, domainProfile} from "../stories/data.js";
import {boroughSentence, crimeSentence, domainSentence} from "../summaries/stories.js";
import {FIGURE_SOURCES, figureSource, type StoryFigureContext} from "./storyFigureContext.js";

type Comparison<T> = Pick<CompareOptions<T>, "category" | "series" | "value" | "format" | "reference"> & {
  /** The axis label at a drawn width: narrow charts need a short one. */
  label: (width: number) => string;
};

/**
 * A comparison's dot plot at both widths, and its legend of series (in order of first appearance),
 * shown beside it. Names go above their rows: long measure names ("Public order and possession of
 * weapons") need the whole width.
 */
function comparison<T>({document}: StoryFigureContext, rows: readonly T[], {label, ...options}: Comparison<T>) {
  const series = [...new Set(rows.map(options.series))];
  return {
    legend: seriesLegend(series, {document}),
    graphic: responsive(
      (width) =>
        compareDots(rows, {
          ...options,
          seriesOrder: series,
          label: label(width),
          legend: false,
          categoryLabels: "above",
          width,
          document
        }),
      {document}
    )
  };
}

/** Share of LSOAs in England's most deprived 10% on each domain: the area against its references. */
export function domainsFigure(ctx: StoryFigureContext): HTMLElement {
  const {data, document} = ctx;
  const domains = domainProfile(data.numbers);
  return figure({
    id: "figure-domains",
    document,
    title: "Which kinds of deprivation: share of LSOAs in England's most deprived 10%",
    units: "Share of LSOAs in decile 1 of each IoD2025 domain (%); England is 10% by definition",
    summary: domainSentence(domains),
    ...comparison(ctx, domains, {
      category: (d) => d.domain,
      series: (d) => d.area,
      value: (d) => d.share,
      label: (width) =>
        width < WIDE ? "Share in most deprived 10% (%)" : "Share of LSOAs in England's most deprived 10% (%)",
      format: (v) => formatShare(v)
    }),
    table: dataTable({
      document,
      caption: "Share of LSOAs in England's most deprived 10%, by domain",
      rows: domains,
      columns: [
        {label: "Domain", value: (d) => d.domain},
        {label: "Area", value: (d) => d.area},
        {
          label: "Share in most deprived 10%",
          value: (d) => d.share,
          numeric: true,
          format: (v) => formatShare(v as number | null)
        }
      ]
    }),
    source: figureSource(ctx, [...FIGURE_SOURCES.imd.slice(0, 2), ...FIGURE_SOURCES.england])
  });
}

/** Recorded crime rates: the area against its ward, borough, region and England. */
export function crimeFigure(ctx: StoryFigureContext): HTMLElement {
  const {data, document} = ctx;
  const crime = crimeProfile(data.numbers);
  return figure({
    id: "figure-crime",
    document,
    title: "Recorded crime: the area against its ward, borough, region and England",
    units: "Offences per 1,000 at-risk population, IoD2025 crime indicators",
    summary: crimeSentence(crime),
    ...comparison(ctx, crime, {
      category: (d) => d.measure,
      series: (d) => d.area,
      value: (d) => d.rate,
      label: () => "Rate per 1,000 at-risk population",
      format: (v) => formatDecimal(v, 0)
    }),
    table: dataTable({
      document,
      caption: "Recorded crime rates per 1,000 at-risk population",
      rows: crime,
      columns: [
        {label: "Measure", value: (d) => d.measure},
        {label: "Area", value: (d) => d.area},
        {
          label: "Rate per 1,000",
          value: (d) => d.rate,
          numeric: true,
          format: (v) => formatDecimal(v as number | null, 1)
        },
        {
          label: "How combined",
          value: (d) => (d.weighting === "population" ? "LSOAs weighted by population" : "average of LSOA rates")
        }
      ]
    }),
    source: figureSource(ctx, FIGURE_SOURCES.crime)
  });
}

/** The borough against England on the needs assessments' indicators, then its key figures. */
export function boroughFigure(ctx: StoryFigureContext): HTMLElement {
  const {data, document} = ctx;
  const {district} = data;
  const rows = boroughIndicators(data.laIndicators, district.code);
  const chart = figure({
    id: "figure-borough",
    document,
    title: `${district.name} against England on risk-factor indicators`,
    units:
      "Index: England = 100 (dashed line); the borough's value divided by England's. " +
      "Above 100 is higher than England: better for school readiness and attainment, worse for the others",
    summary: boroughSentence(district.name, data.keyFigures.length, rows.length),
    ...comparison(ctx, rows, {
      category: (r) => `${r.name} (${r.period})`,
      series: () => district.name,
      value: (r) => r.index,
      label: () => "Index (England = 100)",
      format: (v) => formatDecimal(v, 0),
      reference: 100
    }),
    table: dataTable({
      document,
      caption: `${district.name} and England, risk-factor indicators`,
      rows,
      columns: [
        {label: "Indicator", value: (r) => r.name},
        {label: "Period", value: (r) => r.period},
        {label: "Unit", value: (r) => r.unit},
        {label: district.name, value: (r) => r.value, numeric: true},
        {label: "England", value: (r) => r.england, numeric: true},
        {
          label: "Index (England = 100)",
          value: (r) => r.index,
          numeric: true,
          format: (v) => formatDecimal(v as number | null, 0)
        },
        {label: "Source", value: (r) => r.source}
      ]
    }),
    source: figureSource(ctx, FIGURE_SOURCES.boroughIndicators)
  });
  const container = document.createElement("div");
  container.append(chart);
  if (data.keyFigures.length)
    container.append(keyFigures(data.keyFigures, {title: `Key figures for ${district.name}`, document}));
  return container;
}
