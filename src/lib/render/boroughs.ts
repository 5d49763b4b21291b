import {concentrationCurve, concentrationLegend} from "../../components/concentrationCurve.js";
import {dataTable} from "../../components/dataTable.js";
import {hyperscript} from "../../components/dom.js";
import {figure} from "../../components/figure.js";
import {heatTable} from "../../components/heatTable.js";
import {intervalDots} from "../../components/intervalDots.js";
import {responsive} from "../../components/responsive.js";
import {sourceLine, type ProvenanceEntry} from "../../components/sourceLine.js";
import {DAYS, hourLabel, weekGrid, weekGridLegend} from "../../components/weekGrid.js";
import {formatDecimal, formatInteger, formatShare} from "../format.js";
import type {SnaTables} from "../inputs/sna.js";
import {exclusionsSentence, hourOfWeekSentence, indicatorSentence} from "../summaries/boroughs.js";
import {withDerivedEmbed} from "./embed.js";
import {drawn, markdownPage} from "./page.js";
import {serverDocument} from "./serverDocument.js";

export interface DistrictSummary {
  name: string;
  imd_average_score: number;
  imd_rank_of_average_score: number;
  imd_rank_of_most_deprived_10: number;
  extent: number;
  extent_rank: number;
  most_deprived_10: Record<string, number>;
}

export interface BoroughsData {
  sna: Pick<SnaTables, "laIndicators" | "vwiHourOfWeek" | "exclusions">;
  /** The IoD2025 domains, in order, and each borough's district summary. */
  domains: readonly {key: string; label: string}[];
  districts: readonly DistrictSummary[];
  provenance: readonly ProvenanceEntry[];
}

const ENGLAND = "E92000001";
const WEEK_LABEL = "Value (unit not stated)";

/** A figure of this page, with its embed code. */
const embeddable = (shown: HTMLElement, name: string) =>
  withDerivedEmbed(shown, "boroughs", name, "the borough comparison");

/** The borough comparison page: four kinds of figure, each drawn at build time. */
export function boroughsMarkdown(data: BoroughsData): string {
  const document = serverDocument();
  const indicators = [...new Set(data.sna.laIndicators.map((d) => d.indicator))];
  return markdownPage({title: "Borough comparison", toc: true}, [
    `# Borough comparison

The seven boroughs side by side: the children's and young people's indicators the needs assessments
reported, deprivation from the English Indices of Deprivation 2025, when violence with injury
happens in the week, and how concentrated school exclusions are.`,
    `## Children and young people

Figures as reproduced in the West Midlands VRU Strategic Needs Assessment (2020 edition); each
source is in the table. Lines show 95% confidence intervals where published; the dashed line is
England.`,
    ...indicators.map((indicator) =>
      drawn(embeddable(indicatorFigure(data, indicator, document), indicator.replace(/_/g, "-")))
    ),
    "## Deprivation (IoD2025)",
    drawn(embeddable(deprivationFigure(data, document), "deprivation")),
    `Ranks compare each borough with every local authority district in England (1 = most deprived).
Extent is one of the IoD2025 district summary measures (how much of a district's population lives
in highly deprived neighbourhoods); the IoD2025 technical report defines it exactly.`,
    "## When violence with injury happens",
    drawn(embeddable(weekFigure(data, document), "violence-week")),
    `The needs assessment shows these as a heat table without saying whether they are counts,
percentages or an index, so this page does not give them a unit.`,
    "## How concentrated school exclusions are",
    drawn(embeddable(exclusionsFigure(data, document), "exclusions")),
    "The dashed diagonal is where exclusions would be if every school excluded equally."
  ]);
}

/** "Source. Transcribed in <the file's source line>": figures the needs assessments reproduced. */
function transcribed(source: string, file: string, provenance: readonly ProvenanceEntry[], document: Document) {
  return hyperscript(document)("span", {}, `${source}. Transcribed in `, sourceLine(provenance, [file], {document}));
}

function indicatorFigure({sna, provenance}: BoroughsData, indicator: string, document: Document) {
  const rows = sna.laIndicators.filter((d) => d.indicator === indicator);
  const first = rows[0];
  const england = rows.find((d) => d.area_code === ENGLAND) ?? null;
  const areas = rows.filter((d) => d.area_code !== ENGLAND);
  const format = (v: number) => `${formatDecimal(v, 1)}${first.unit === "%" ? "%" : ""}`;
  const decimal = (v: string | number | null | undefined) => formatDecimal(v as number | null, 1);
  return figure({
    id: `indicator-${indicator}`,
    title: `${first.indicator_name} (${first.period})`,
    units: first.unit === "%" ? "Per cent" : first.unit,
    summary: indicatorSentence(rows, format),
    graphic: responsive(
      (width) => intervalDots(areas, {label: first.unit, format, reference: england, width, document}),
      {document}
    ),
    table: dataTable({
      caption: `${first.indicator_name}, ${first.period}`,
      rows,
      columns: [
        {label: "Area", value: (d) => d.area_name},
        {label: "Value", value: (d) => d.value, numeric: true, format: decimal},
        {label: "Lower 95% CI", value: (d) => d.ci_lower, numeric: true, format: decimal},
        {label: "Upper 95% CI", value: (d) => d.ci_upper, numeric: true, format: decimal},
        {
          label: "Count",
          value: (d) => d.count,
          numeric: true,
          format: (v) => (v === null || v === undefined ? "–" : formatInteger(Number(v)))
        },
        {label: "Unit", value: (d) => d.unit},
        {label: "Source", value: (d) => d.source}
      ],
      document
    }),
    source: transcribed(first.source, "sna/la_indicators.csv", provenance, document),
    document
  });
}

function deprivationFigure({districts, domains, provenance}: BoroughsData, document: Document) {
  const label = new Map(domains.map((d) => [d.key, d.label]));
  const cells = districts.flatMap((d) =>
    domains.map(({key}) => ({borough: d.name, domain: label.get(key)!, value: d.most_deprived_10[key]}))
  );
  const top = [...districts].sort((a, b) => b.most_deprived_10.imd - a.most_deprived_10.imd);
  const [most, least] = [top[0], top.at(-1)!];
  const share = (v: string | number | null | undefined) => formatShare(v as number | null);
  return figure({
    id: "borough-deprivation",
    title: "Share of each borough's neighbourhoods in England's most deprived 10%",
    units: "Share of LSOAs in the most deprived 10% nationally, by IoD2025 domain (darker = larger share)",
    summary:
      `On the overall index, ${most.name} has the largest share of neighbourhoods in England's most deprived 10% ` +
      `(${formatShare(most.most_deprived_10.imd)}) and ${least.name} the smallest ` +
      `(${formatShare(least.most_deprived_10.imd)}).`,
    graphic: responsive(
      (width) =>
        heatTable(cells, {
          column: (d) => d.borough,
          row: (d) => d.domain,
          value: (d) => d.value,
          format: formatShare,
          columns: top.map((d) => d.name),
          width,
          document
        }),
      {document}
    ),
    table: dataTable({
      caption: "IoD2025 district summaries for the seven boroughs",
      rows: districts,
      columns: [
        {label: "Borough", value: (d) => d.name},
        {
          label: "IMD average score",
          value: (d) => d.imd_average_score,
          numeric: true,
          format: (v) => formatDecimal(v as number, 1)
        },
        {
          label: "Rank of average score (1 = most deprived district)",
          value: (d) => d.imd_rank_of_average_score,
          numeric: true
        },
        {label: "Rank of share in most deprived 10%", value: (d) => d.imd_rank_of_most_deprived_10, numeric: true},
        {label: "Extent", value: (d) => d.extent, numeric: true, format: share},
        {label: "Rank of extent", value: (d) => d.extent_rank, numeric: true},
        ...domains.map(({key, label}) => ({
          label: `${label}: share in most deprived 10%`,
          value: (d: DistrictSummary) => d.most_deprived_10[key],
          numeric: true,
          format: share
        }))
      ],
      document
    }),
    source: sourceLine(provenance, ["deprivation/iod2025_lad24_summaries.csv"], {document}),
    document
  });
}

function weekFigure({sna, provenance}: BoroughsData, document: Document) {
  const rows = sna.vwiHourOfWeek;
  const value = new Map(rows.map((d) => [`${d.day} ${d.hour}`, d.value]));
  return figure({
    id: "violence-week",
    title: "Police recorded violence with injury by day of week and hour of day",
    units: "The source does not state the unit of these values; read them as lower to higher",
    summary: hourOfWeekSentence(rows),
    legend: weekGridLegend(rows, {label: WEEK_LABEL, document}),
    graphic: responsive((width) => weekGrid(rows, {label: WEEK_LABEL, width, document}), {document}),
    table: dataTable({
      caption: "Violence with injury by day and hour (unit not stated in the source)",
      rows: DAYS,
      columns: [
        {label: "Day", value: (day) => day},
        ...Array.from({length: 24}, (_, hour) => ({
          label: `${hourLabel(hour)}:00`,
          value: (day: string) => value.get(`${day} ${hour}`),
          numeric: true
        }))
      ],
      document
    }),
    source: transcribed(rows[0]?.source ?? "", "sna/vwi_hour_of_week.csv", provenance, document),
    document
  });
}

function exclusionsFigure({sna, provenance}: BoroughsData, document: Document) {
  const rows = sna.exclusions;
  return figure({
    id: "exclusions",
    title: `Share of permanent exclusions made by the most excluding schools (${rows[0]?.period ?? ""})`,
    units: "Per cent of schools (x) against per cent of permanent exclusions (y), for the most excluding schools",
    summary: exclusionsSentence(rows),
    legend: concentrationLegend(rows, {document}),
    graphic: responsive((width) => concentrationCurve(rows, {width, document}), {document}),
    table: dataTable({
      caption: "Concentration of permanent exclusions",
      rows,
      columns: [
        {label: "School group", value: (d) => d.school_group},
        {label: "Share of schools (%)", value: (d) => d.share_of_schools_pct, numeric: true},
        {label: "Schools", value: (d) => d.schools, numeric: true},
        {label: "Share of permanent exclusions (%)", value: (d) => d.share_of_permanent_exclusions_pct, numeric: true},
        {label: "Permanent exclusions", value: (d) => d.permanent_exclusions, numeric: true},
        {label: "Period", value: (d) => d.period}
      ],
      document
    }),
    source: transcribed(rows[0]?.source ?? "", "sna/exclusions_concentration.csv", provenance, document),
    document
  });
}
