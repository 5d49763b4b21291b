import {dataTable} from "../../components/dataTable.js";
import {hyperscript} from "../../components/dom.js";
import {countWord, formatDecimal, formatInteger} from "../format.js";
import {IOD_POPULATION} from "../inputs/indicators.js";
import {WEIGHTED_MEAN, type RiskKey} from "../risk/indicators.js";
import {capSentence, robustnessSentence, type RestingOnOne} from "../summaries/risk.js";
import {capitalise, listOf, lowerFirst} from "../summaries/words.js";
import {drawn, markdownPage} from "./page.js";
import {serverDocument} from "./serverDocument.js";

/** What the method page quotes (riskMethod with inputFacts, src/lib/risk/dataset.ts). */
export interface RiskMethodData {
  msoas: number;
  lsoas: number;
  topCount: number;
  tied: number;
  idaciSuppressed: number;
  idaciIncomeCorrelation: number | null;
  /** Rows of the LSOA 2011 → 2021 lookup by change code (U, S, M, X). */
  lookupChanges: Record<string, number>;
  indicators: readonly {
    key: RiskKey;
    label: string;
    short: string;
    unit: string;
    method: string;
    sources: readonly string[];
    weight: number;
    mean: number;
    sd: number;
    /** How many of its z-scores lie beyond ±cap. */
    capped: number;
  }[];
  /** The cap on every z-score (±). */
  cap: number;
  robustness: {checked: number; restsOnOne: readonly RestingOnOne[]};
  capEffect: {leftTop: readonly {name: string; rank: number; uncapped_rank: number}[]};
}

const CHANGE: Record<string, string> = {U: "unchanged", S: "split", M: "merged", X: "complex"};

/** "1,650 unchanged (U) rows, 30 split (S) rows, …" in the order U, S, M, X. */
function changeText(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort(([a], [b]) => "USMX".indexOf(a) - "USMX".indexOf(b))
    .map(([code, n]) => `${formatInteger(n)} ${CHANGE[code] ?? code} (${code}) row${n === 1 ? "" : "s"}`)
    .join(", ");
}

const tiesText = (tied: number) =>
  tied === 0 ? "no two scores are tied" : `${formatInteger(tied)} MSOAs share a rank with another`;
const percent = (weight: number) => `${formatDecimal(weight * 100, 0)}%`;

/** An indicator of the method data by key (the data carries every indicator of RISK_INDICATORS). */
function indicatorOf(method: RiskMethodData, key: RiskKey) {
  const found = method.indicators.find((d) => d.key === key);
  if (!found) throw new Error(`the risk method data has no indicator ${key}: pass riskMethod's indicators`);
  return found;
}

/** /risk-index-method: every step of the risk index, with the numbers the build used. */
export function riskMethodMarkdown(method: RiskMethodData): string {
  const document = serverDocument();
  const h = hyperscript(document);
  const indicatorList = h(
    "dl",
    {class: "wm-indicator-list"},
    method.indicators.map((d) => [
      h("dt", {}, d.label),
      h(
        "dd",
        {},
        [h("strong", {}, "Unit: "), d.unit, ". ", h("strong", {}, "MSOA value: "), d.method, ". "],
        [h("strong", {}, "Source files: "), d.sources.join("; "), "."]
      )
    ])
  );
  const weights = dataTable({
    caption: "Weights and standardisation of each indicator",
    summary: "Show the weights, means and standard deviations",
    open: true,
    rows: method.indicators,
    columns: [
      {label: "Indicator", value: (d) => d.label},
      {label: "Weight", value: (d) => d.weight, numeric: true, format: (v) => percent(Number(v))},
      {label: "Mean across MSOAs", value: (d) => d.mean, numeric: true, format: (v) => formatDecimal(Number(v), 3)},
      {label: "Standard deviation", value: (d) => d.sd, numeric: true, format: (v) => formatDecimal(Number(v), 3)},
      {label: `Values capped at ±${formatInteger(method.cap)}`, value: (d) => d.capped, numeric: true}
    ],
    document
  });
  const configured = method.indicators.map((d) => `${lowerFirst(d.label)} ${percent(d.weight)}`).join(", ");
  const msoas = formatInteger(method.msoas);
  const lsoas = formatInteger(method.lsoas);
  const violence = indicatorOf(method, "violence_with_injury");
  const publicOrder = indicatorOf(method, "public_order_weapons");
  const idaci = indicatorOf(method, "idaci_rate");
  const cyp = indicatorOf(method, "cyp");
  const mentalHealth = indicatorOf(method, "mental_health");
  const young = indicatorOf(method, "aged_10_24");
  const weighted = method.indicators.filter((d) => d.method === WEIGHTED_MEAN).map((d) => lowerFirst(d.label));
  const idaciName = lowerFirst(idaci.short);
  const cap = countWord(method.cap);
  const heaviest = Math.max(...method.indicators.map((d) => d.weight));
  return markdownPage({title: "How the risk index is made", toc: true}, [
    `# How the risk index is made

This page says exactly how the [neighbourhood risk index](./risk-index) is computed. Everything
runs at build time from the open files listed on [sources and methods](./sources); the code is in
\`src/lib/risk\` and the weights are in one file, \`config/risk-index.yaml\`.

## 1. Areas

The index ranks the ${msoas} Middle layer Super Output Areas (MSOAs) of the
seven boroughs on their 2021 boundaries. Each is shown by its House of Commons Library name (for
example "Hawkesley"). Values are first built for the ${lsoas} LSOAs (2021) and then combined per
MSOA: every LSOA lies in exactly one MSOA.

## 2. Indicators

Every indicator is oriented so that a higher value means more risk.`,
    drawn(indicatorList),
    drawn(weights),
    `**Weighting by the IoD2025 population.** ${capitalise(countWord(weighted.length))} of the indicators
are published for each LSOA (${listOf(weighted)}). An MSOA's value is the mean of its LSOAs' values
weighted by the ${lowerFirst(IOD_POPULATION.label)}. That is the number of people in income
deprivation divided by their share of the population, which recovers how many people the IoD2025
counted in each LSOA. It is the one population the England-wide IoD2025 files give for every LSOA,
so every area on this site (a story's area, a ward, a borough, the West Midlands and England) is
summarised in exactly this way. An LSOA without it, or without a value, is left out of the mean. The
result is a summary of LSOA values, not a figure the Indices publish for the MSOA.

**Recorded crime (${lowerFirst(violence.label)}; ${lowerFirst(publicOrder.label)}).** The IoD2025
crime domain's rates per 1,000 at-risk population for each LSOA (File 8), weighted as above. The
files publish the rates but not the at-risk populations behind them, so an MSOA's own rate (its
offences divided by its at-risk population) cannot be made; weighting by the IoD2025 population is
the closest approximation, and the same for every area.

**${idaci.short}.** The IoD2025 files used here give, for each LSOA, the number of children
living in income-deprived families (the numerator of the Income Deprivation Affecting Children
Index), but not the IDACI score itself. The index therefore derives a ratio: the MSOA's numerators
summed, divided by its children aged 0 to 15 in the ONS mid-2020 estimates. Where a numerator is
suppressed (${formatInteger(method.idaciSuppressed)} of the ${lsoas} LSOAs), that LSOA is left out of both sums.
This ${idaciName} is not the official IDACI score: the numerator and the denominator come from
different years and the population has changed since 2020, so its level should not be quoted as a
child poverty rate. Because every indicator is standardised, only how MSOAs compare with one another
enters the index. As a check, across the MSOAs the ${idaciName} has a correlation of
${formatDecimal(method.idaciIncomeCorrelation, 2)} with the IoD2025 Income domain score (weighted by
the IoD2025 population per MSOA, as above), the published measure of income deprivation for all ages.

**${cyp.label}.** The IoD2025 education domain's children and young people sub-domain score,
weighted as above.

**${mentalHealth.label}.** The IoD2025 health domain's mental health indicator, weighted as above.

**${young.label}.** The ONS mid-2020 single-year-of-age estimates are published on 2011
LSOAs. They are moved onto 2021 LSOAs with the ONS LSOA 2011 → 2021 lookup: an unchanged (U) or
merged (M) LSOA passes all its counts to its one 2021 LSOA; a split (S) LSOA shares its counts among
its 2021 LSOAs in proportion to their ONS mid-2024 population, the rule the story pages use too; a
complex change (X) would be treated the same way. The lookup for the seven boroughs has
${changeText(method.lookupChanges)}. The share is then residents aged 10 to 24 divided by all
residents of the MSOA. Where many students live this share is very high, which is one reason for the
cap in section 3.

## 3. Standardisation, the cap and the robustness check

Each indicator is turned into z-scores across all MSOAs: z = (value − mean) ÷ standard deviation,
using the population standard deviation (dividing by the number of MSOAs, since they are every area
of the region rather than a sample). The table in section 2 gives each mean and standard deviation, so any
z-score can be checked by hand. A z-score of 1 means one standard deviation above the regional
MSOA average.

**The cap at ±${formatInteger(method.cap)}.** ${capSentence(method)} The cap stops one extreme value
from carrying a neighbourhood into the top 10% on its own: with it, no indicator can add more than its
weight times ${cap} (at most ${formatDecimal(heaviest * method.cap, 2)} with the weights in section 4). It
changes only the values that far out, so every other z-score can still be checked by hand with the
table in section 2. The index page ranks every MSOA without the cap too.

**The robustness check.** Every build checks that each neighbourhood in the top 10% keeps a positive
score without its largest single contribution (its weight times its capped z-score), so that a place
in the top 10% needs more than one indicator to be high; a neighbourhood that fails is named here with
the reason. ${robustnessSentence(method.robustness)}

## 4. Weights and the composite

The index score is the weighted sum of the capped z-scores; each indicator's part of it (its weight
times its capped z-score) is its contribution, shown for every MSOA on the index page. The weights
come from \`config/risk-index.yaml\`
and are checked when the site is built: every indicator must be listed once, each weight must be a
number of at least 0, and the weights must add up to 1. A file that breaks a rule stops the build
with the file, the line and how to fix it.

The configured weights are ${configured}:
recorded violence gets ${formatDecimal(100 * (violence.weight + publicOrder.weight), 0)}% in all
and the other indicators the rest. This is a judgement made for this site (the reasons are noted in
\`config/risk-index.yaml\`: recorded violence as the outcome, the risk factors the 2021 assessment
named, and the number of young residents as exposure), not the 2021 assessment's weighting, which was not
published. The sensitivity
chart on the index page ranks every MSOA again with equal weights (an equal share each) so readers can
see which ranks depend on that judgement.

## 5. Ranking and ties

MSOAs are ranked from the highest index score (rank 1) to the lowest. Scores are compared after
rounding to nine decimal places so that rounding noise in the arithmetic cannot separate equal
scores. Tied MSOAs share the best rank of the group and the next rank is skipped (1, 2, 2, 4);
within a tie they are listed by ONS code. The top 10% is ranks 1 to ${method.topCount}: one tenth
of ${msoas}, rounded up. With the current data, ${tiesText(method.tied)}.

The same sources and weights always give byte-for-byte the same ranking: this is tested.

## How this differs from the 2021 needs assessment's index

The West Midlands VRU's Strategic Needs Assessment (April 2021) mapped a risk index for the region's
neighbourhoods, shading the top 10% and the lowest-risk group and outlining the pilot areas. As far
as this project could find, it named the kinds of risk factor it drew on (child poverty, adversity,
mental health and school exclusions) but did not publish its indicators, weights or method, so it
cannot be reproduced. This index differs in these ways:

- **Boundaries.** The 2021 index ranked 356 MSOAs on 2011 boundaries; this one ranks
  ${msoas} MSOAs on 2021 boundaries, so ranks cannot be compared one to one.
- **Data.** It uses the English Indices of Deprivation 2025 and ONS mid-2020 population estimates,
  which are newer than anything the 2021 assessment could use.
- **Indicators.** School exclusions are not available by neighbourhood in open data, so they are
  not in this index; "adversity" is represented by the children and young people education
  sub-domain. Recorded violence is included directly.
- **Openness.** Every indicator, weight and step is published here, with a CSV of every value, and
  the sensitivity view shows how much a rank depends on the weights and on the cap.

A comparable published approach is the Vulnerable Localities Index, in which each variable is
expressed against an average and the results are added; this index follows the same idea using
z-scores and explicit weights.`
  ]);
}
