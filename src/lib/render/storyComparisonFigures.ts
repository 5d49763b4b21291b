// The story's comparisons with the ward, borough, region and England: deprivation domains, recorded
// crime and the borough's needs-assessment indicators.
import {compareDots, type CompareOptions} from "../../components/compareChart.js";
import {dataTable} from "../../components/dataTable.js";
import {hyperscript, type Child} from "../../components/dom.js";
import {figure} from "../../components/figure.js";
import {keyFigures} from "../../components/keyFigures.js";
import {responsive, WIDE} from "../../components/responsive.js";
import {seriesLegend} from "../../components/symbolLegend.js";
import {formatDecimal, formatShare} from "../format.js";
import {boroughIndicators} from "../stories/borough.js";
import {crimeProfile, domainProfile} from "../stories/data.js";
import {asbCaveatSentence, CRIME_RATE_WORDS, violenceScalesSentence} from "../summaries/crime.js";
import {boroughSentence, crimeSentence, domainSentence} from "../summaries/stories.js";
import {shareOf} from "../summaries/words.js";
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

/** A step's figure and what goes with it, then notes that qualify it (caveats computed from the figures). */
function figureBlock({document}: StoryFigureContext, parts: Child[], notes: readonly string[]): HTMLElement {
  const h = hyperscript(document);
  return h(
    "div",
    {class: "story-figure-block"},
    parts,
    notes.map((note) => h("p", {class: "story-note"}, note))
  );
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
          label: "LSOAs in most deprived 10%",
          value: (d) => d.share,
          numeric: true,
          // A small base carries its count ("2 of 3 (67%)"), as the sentences do.
          format: (v, d) =>
            d.count === null || d.base === null ? formatShare(v as number | null) : shareOf(d.count, d.base)
        }
      ]
    }),
    source: figureSource(ctx, [...FIGURE_SOURCES.imd.slice(0, 2), ...FIGURE_SOURCES.england])
  });
}

/**
 * Recorded crime rates: the area against its ward, borough, region and England, followed by the
 * anti-social behaviour caveat, from the region's and England's medians.
 */
export function crimeFigure(ctx: StoryFigureContext): HTMLElement {
  const {data, document} = ctx;
  const crime = crimeProfile(data.numbers);
  const chart = figure({
    id: "figure-crime",
    document,
    title: "Recorded crime: the area against its ward, borough, region and England",
    units: CRIME_RATE_WORDS.units,
    summary: crimeSentence(crime),
    ...comparison(ctx, crime, {
      category: (d) => d.measure,
      series: (d) => d.area,
      value: (d) => d.rate,
      label: () => CRIME_RATE_WORDS.label,
      format: (v) => formatDecimal(v, 0)
    }),
    table: dataTable({
      document,
      caption: CRIME_RATE_WORDS.caption,
      rows: crime,
      columns: [
        {label: "Measure", value: (d) => d.measure},
        {label: "Area", value: (d) => d.area},
        {
          label: CRIME_RATE_WORDS.label,
          value: (d) => d.rate,
          numeric: true,
          format: (v) => formatDecimal(v as number | null, 1)
        }
      ]
    }),
    source: figureSource(ctx, FIGURE_SOURCES.crime)
  });
  return figureBlock(ctx, [chart], [asbCaveatSentence(ctx.recording)]);
}

/**
 * The borough against England on the needs assessments' indicators, then its key figures; where
 * those give the borough's violence with injury rate per 100,000, the sentence that tells it apart
 * from the IoD2025 rate the crime figure shows.
 */
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
  return figureBlock(
    ctx,
    [
      chart,
      data.keyFigures.length > 0 && keyFigures(data.keyFigures, {title: `Key figures for ${district.name}`, document})
    ],
    ctx.violenceScales ? [violenceScalesSentence(ctx.violenceScales)] : []
  );
}
