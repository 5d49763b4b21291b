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
  unit: string;
  /** How the MSOA value is made from LSOA values. */
  method: string;
  sources: readonly string[];
}

/** How every rate and score of an MSOA is made: the site's one area definition (model/areas.ts). */
const WEIGHTED_MEAN =
  "mean of the LSOA values weighted by the population the IoD2025 counted in each LSOA (income domain numerator " +
  "÷ income domain score), as for every area on the site";

export const RISK_INDICATORS = [
  {
    key: "violence_with_injury",
    label: "Violence with injury",
    short: "Violence with injury",
    unit: "offences per 1,000 at-risk population (IoD2025)",
    method: WEIGHTED_MEAN,
    sources: [SOURCE_PATHS.indicators, SOURCE_PATHS.domains, SOURCE_PATHS.lookup]
  },
  {
    key: "public_order_weapons",
    label: "Public order and possession of weapons",
    short: "Public order, weapons",
    unit: "offences per 1,000 at-risk population (IoD2025)",
    method: WEIGHTED_MEAN,
    sources: [SOURCE_PATHS.indicators, SOURCE_PATHS.domains, SOURCE_PATHS.lookup]
  },
  {
    key: "idaci_rate",
    label: "Children in income-deprived families (derived IDACI rate)",
    short: "Child poverty (IDACI)",
    unit: "share of children aged 0 to 15",
    method:
      "IoD2025 IDACI numerators summed over the MSOA's LSOAs, divided by the children aged 0 to 15 in the ONS " +
      "mid-2020 estimates moved onto 2021 LSOAs (LSOAs whose numerator is suppressed are left out of both sums)",
    sources: [SOURCE_PATHS.indicators, SOURCE_PATHS.ageLsoa11, SOURCE_PATHS.lsoa11To21, SOURCE_PATHS.lookup]
  },
  {
    key: "cyp",
    label: "Children and young people sub-domain (education)",
    short: "Children and young people",
    unit: "IoD2025 sub-domain score (higher = more deprived)",
    method: WEIGHTED_MEAN,
    sources: [SOURCE_PATHS.subdomains, SOURCE_PATHS.indicators, SOURCE_PATHS.domains, SOURCE_PATHS.lookup]
  },
  {
    key: "mental_health",
    label: "Mental health indicator",
    short: "Mental health",
    unit: "IoD2025 indicator score (higher = worse)",
    method: WEIGHTED_MEAN,
    sources: [SOURCE_PATHS.indicators, SOURCE_PATHS.domains, SOURCE_PATHS.lookup]
  },
  {
    key: "aged_10_24",
    label: "Residents aged 10 to 24",
    short: "Aged 10 to 24",
    unit: "share of residents (mid-2020)",
    method: "residents aged 10 to 24 divided by all residents, from the ONS mid-2020 estimates moved onto 2021 LSOAs",
    sources: [SOURCE_PATHS.ageLsoa11, SOURCE_PATHS.lsoa11To21, SOURCE_PATHS.lookup]
  }
] as const satisfies readonly RiskIndicator[];

export type RiskKey = (typeof RISK_INDICATORS)[number]["key"];

export const RISK_KEYS: readonly RiskKey[] = RISK_INDICATORS.map((i) => i.key);
