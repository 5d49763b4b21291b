// The story's charts of the people who live in the area and of how its deprivation changed.
import {swatchLegend} from "../../components/areaMap.js";
import {changeDots, changeLegend} from "../../components/changeChart.js";
import {barsWithReference, SERIES_COLOURS} from "../../components/compareChart.js";
import {dataTable} from "../../components/dataTable.js";
import {figure} from "../../components/figure.js";
import {responsive} from "../../components/responsive.js";
import {formatDecimal, formatInteger, formatShare} from "../format.js";
import {changeSentence, peopleSentence} from "../summaries/stories.js";
import {FIGURE_SOURCES, figureSource, type StoryFigureContext} from "./storyFigureContext.js";

const AREA = "Area";
/** A share per year of age, "1.4%": whole percentages would round most bands to 1%. */
const perYear = (v: number) => `${formatDecimal(v * 100, 1)}%`;
const REGION = "Seven boroughs";

/** The area's age profile against the seven boroughs'. */
export function peopleFigure(ctx: StoryFigureContext): HTMLElement {
  const {data, document} = ctx;
  const {population, age} = data.numbers;
  return figure({
    id: "figure-people",
    document,
    title: "Age profile: the area against the seven boroughs",
    // Bands span 2 to 16 years: a band's share over its years, so a wide band does not look like a peak.
    units:
      "Average share of residents per year of age in each band, mid-2020 (%): the band's share divided by the " +
      "years it spans; bars: the area; black ticks: the seven boroughs",
    summary: peopleSentence(population, age, "the seven boroughs"),
    legend: swatchLegend(
      [
        {label: AREA, color: SERIES_COLOURS[1]},
        {label: REGION, color: SERIES_COLOURS[0]}
      ],
      "Age profile",
      {document}
    ),
    graphic: responsive(
      (width) =>
        barsWithReference(age.bands, {
          category: (b) => b.band,
          bar: (b) => b.area_share_per_year,
          reference: (b) => b.comparison_share_per_year,
          label: "Share of residents per year of age",
          format: perYear,
          barLabel: AREA,
          referenceLabel: REGION,
          width,
          document
        }),
      {document}
    ),
    table: dataTable({
      document,
      caption: "Residents by age band, mid-2020",
      rows: age.bands,
      columns: [
        {label: "Age", value: (b) => b.band},
        {label: "Years", value: (b) => b.years, numeric: true},
        {
          label: "Residents in the area (estimate)",
          value: (b) => b.area,
          numeric: true,
          format: (v) => formatInteger(Number(v))
        },
        {label: "Share, area", value: (b) => b.area_share, numeric: true, format: (v) => formatShare(Number(v))},
        {
          label: "Share, seven boroughs",
          value: (b) => b.comparison_share,
          numeric: true,
          format: (v) => formatShare(Number(v))
        },
        {
          label: "Per year of age, area",
          value: (b) => b.area_share_per_year,
          numeric: true,
          format: (v) => perYear(Number(v))
        },
        {
          label: "Per year of age, seven boroughs",
          value: (b) => b.comparison_share_per_year,
          numeric: true,
          format: (v) => perYear(Number(v))
        }
      ]
    }),
    source: figureSource(ctx, FIGURE_SOURCES.age)
  });
}

const CHANGE_CODES: Record<string, string> = {U: "unchanged", S: "split", M: "merged", X: "redesigned"};

/** Each unchanged LSOA's IMD decile in IoD2019 and IoD2025. */
export function changeFigure(ctx: StoryFigureContext): HTMLElement {
  const {data, document} = ctx;
  const {lsoas} = data.numbers;
  const compared = lsoas.filter((l) => l.imd_decile_2019 !== null && l.imd_decile !== null);
  return figure({
    id: "figure-change",
    document,
    title: "IMD decile in 2019 and 2025, for LSOAs with unchanged boundaries",
    units: "Decile of England's LSOAs (1 = most deprived 10%); hollow circle: 2019; filled: 2025",
    summary: changeSentence(lsoas),
    legend: changeLegend("IoD2019", "IoD2025", {document}),
    graphic: responsive(
      (width) =>
        changeDots(compared, {
          category: (l) => l.name,
          before: (l) => l.imd_decile_2019!,
          after: (l) => l.imd_decile!,
          beforeLabel: "IoD2019",
          afterLabel: "IoD2025",
          label: "IMD decile (1 = most deprived)",
          domain: [1, 10],
          width,
          document
        }),
      {document}
    ),
    table: dataTable({
      document,
      caption: "IMD decile by edition",
      rows: lsoas,
      columns: [
        {label: "LSOA", value: (l) => `${l.name} (${l.code})`},
        {label: "Boundary change 2011→2021", value: (l) => CHANGE_CODES[l.change_code ?? ""] ?? "–"},
        {label: "IoD2019 decile", value: (l) => l.imd_decile_2019, numeric: true},
        {label: "IoD2025 decile", value: (l) => l.imd_decile, numeric: true}
      ]
    }),
    source: figureSource(ctx, FIGURE_SOURCES.change)
  });
}
