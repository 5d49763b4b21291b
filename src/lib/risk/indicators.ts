import {SOURCE_PATHS} from "../inputs/paths.js";

/**
 * The indicators of the neighbourhood risk index, named once: the weights file, the loaders, the
 * pages and the method page all read them from here. Every indicator is "higher = more risk".
 */
export interface RiskIndicator {
  key: string;
  label: string;
  /** Short column heading. */
  short: string;
  /** Column heading with its unit, for tables: what the value is, never more than it is. */
  heading: string;
  /** How a value is shown: a share as a percentage, anything else as a decimal. */
  display: "percent" | "decimal";
  unit: string;
  /** How the MSOA value is made from LSOA values. */
  method: string;
  sources: readonly string[];
}

/** How every rate and score of an MSOA is made: the site's one area definition (model/areas.ts). */
export const WEIGHTED_MEAN =
  "mean of the LSOA values weighted by the population the IoD2025 counted in each LSOA (income domain numerator " +
  "÷ income domain score), as for every area on the site";

export const RISK_INDICATORS = [
  {
    key: "violence_with_injury",
    label: "Violence with injury",
    short: "Violence with injury",
    heading: "Violence with injury (per 1,000 at-risk population)",
    display: "decimal",
    unit: "offences per 1,000 at-risk population (IoD2025)",
    method: WEIGHTED_MEAN,
    sources: [SOURCE_PATHS.indicators, SOURCE_PATHS.domains, SOURCE_PATHS.lookup]
  },
  {
    key: "public_order_weapons",
    label: "Public order and possession of weapons",
    short: "Public order, weapons",
    heading: "Public order, weapons (per 1,000 at-risk population)",
    display: "decimal",
    unit: "offences per 1,000 at-risk population (IoD2025)",
    method: WEIGHTED_MEAN,
    sources: [SOURCE_PATHS.indicators, SOURCE_PATHS.domains, SOURCE_PATHS.lookup]
  },
  {
    key: "idaci_rate",
    label: "Derived IDACI ratio: children in income-deprived families per child aged 0 to 15 (not the official IDACI)",
    short: "Derived IDACI ratio",
    heading: "Derived IDACI ratio (compares areas; not a child poverty rate)",
    display: "decimal",
    unit:
      "ratio of the IoD2025 IDACI numerator to ONS mid-2020 children aged 0 to 15; it ranks areas against each " +
      "other and is not a child poverty rate",
    method:
      "IoD2025 IDACI numerators summed over the MSOA's LSOAs, divided by the children aged 0 to 15 in the ONS " +
      "mid-2020 estimates moved onto 2021 LSOAs (LSOAs whose numerator is suppressed are left out of both sums)",
    sources: [SOURCE_PATHS.indicators, SOURCE_PATHS.ageLsoa11, SOURCE_PATHS.lsoa11To21, SOURCE_PATHS.lookup]
  },
  {
    key: "cyp",
    label: "Children and young people sub-domain (education)",
    short: "Children and young people",
    heading: "Children and young people sub-domain (score)",
    display: "decimal",
    unit: "IoD2025 sub-domain score (higher = more deprived)",
    method: WEIGHTED_MEAN,
    sources: [SOURCE_PATHS.subdomains, SOURCE_PATHS.indicators, SOURCE_PATHS.domains, SOURCE_PATHS.lookup]
  },
  {
    key: "mental_health",
    label: "Mental health indicator",
    short: "Mental health",
    heading: "Mental health indicator (score)",
    display: "decimal",
    unit: "IoD2025 indicator score (higher = worse)",
    method: WEIGHTED_MEAN,
    sources: [SOURCE_PATHS.indicators, SOURCE_PATHS.domains, SOURCE_PATHS.lookup]
  },
  {
    key: "aged_10_24",
    label: "Residents aged 10 to 24",
    short: "Aged 10 to 24",
    heading: "Residents aged 10 to 24 (%, mid-2020)",
    display: "percent",
    unit: "share of residents (mid-2020)",
    method: "residents aged 10 to 24 divided by all residents, from the ONS mid-2020 estimates moved onto 2021 LSOAs",
    sources: [SOURCE_PATHS.ageLsoa11, SOURCE_PATHS.lsoa11To21, SOURCE_PATHS.lookup]
  }
] as const satisfies readonly RiskIndicator[];

export type RiskKey = (typeof RISK_INDICATORS)[number]["key"];

export const RISK_KEYS: readonly RiskKey[] = RISK_INDICATORS.map((i) => i.key);
