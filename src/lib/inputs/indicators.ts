/**
 * The IoD2025 measures this site uses, named once. Pages, loaders and tests all read labels and
 * source columns from here, so a renamed column is fixed in one place.
 */
export interface DomainInfo {
  key: string;
  label: string;
  /** Prefix of the `<prefix>_score|rank|decile` columns in IoD2025 File 7. */
  column: string;
}

export const DOMAINS = [
  {key: "imd", label: "Index of Multiple Deprivation", column: "IMD"},
  {key: "income", label: "Income", column: "Income"},
  {key: "employment", label: "Employment", column: "Employment"},
  {key: "education", label: "Education, skills and training", column: "Education"},
  {key: "health", label: "Health and disability", column: "Health"},
  {key: "crime", label: "Crime", column: "Crime"},
  {key: "housing", label: "Barriers to housing and services", column: "Housing_and_Services"},
  {key: "environment", label: "Living environment", column: "Environment"}
] as const satisfies readonly DomainInfo[];

export type DomainKey = (typeof DOMAINS)[number]["key"];

export interface RateInfo {
  key: string;
  label: string;
  /** Column in IoD2025 File 8 (underlying indicators). */
  column: string;
  unit: string;
}

/** Recorded crime rates from the IoD2025 crime domain indicators. */
export const CRIME_RATES = [
  {
    key: "violence_with_injury",
    label: "Violence with injury",
    column: "violence_with_injury_rate_per_1_000_at_risk_population",
    unit: "per 1,000 at-risk population"
  },
  {
    key: "violence_without_injury",
    label: "Violence without injury",
    column: "violence_without_injury_rate_per_1_000_at_risk_population",
    unit: "per 1,000 at-risk population"
  },
  {
    key: "public_order_weapons",
    label: "Public order and possession of weapons",
    column: "public_order_and_possession_of_weapons_rate_per_1_000_at_risk_population",
    unit: "per 1,000 at-risk population"
  },
  {
    key: "anti_social_behaviour",
    label: "Anti-social behaviour",
    column: "anti_social_behaviour_rate_per_1_000_at_risk_population",
    unit: "per 1,000 at-risk population"
  }
] as const satisfies readonly RateInfo[];

export type CrimeRateKey = (typeof CRIME_RATES)[number]["key"];

/**
 * The reference period of the IoD2025 crime indicators, in words. The data files do not state it, so
 * the site names where it is set out rather than guess; replace this text with the period (for
 * example "April 2021 to March 2023") once it is checked against the IoD2025 technical report.
 */
export const CRIME_PERIOD = "the period given in the IoD2025 technical report";

/** Other IoD2025 indicators carried per LSOA. */
export const OTHER_INDICATORS = [
  {
    key: "idaci_numerator",
    label: "Children in income-deprived households (IDACI numerator)",
    column: "income_deprivation_affecting_children_index_idaci_numerator",
    unit: "children"
  },
  {
    key: "mental_health",
    label: "Mental health indicator",
    column: "mental_health_indicator",
    unit: "score (higher = worse)"
  }
] as const satisfies readonly RateInfo[];

/** The children and young people sub-domain of the education domain (IoD2025 sub-domains file). */
export const CYP_SUBDOMAIN = {
  key: "cyp",
  label: "Children and young people sub-domain",
  column: "children_and_young_people"
} as const;

/**
 * The population the IoD2025 counted in each LSOA, recovered as the income domain's numerator (people
 * in income deprivation) divided by its score (their share of the population). Every area summary on
 * the site weights its LSOAs by it, because it is the one denominator the England-wide files give for
 * every LSOA, so an area, its ward, borough, the region and England are all made the same way.
 */
export const IOD_POPULATION = {
  key: "iod_population",
  label: "Population counted by the IoD2025 (income domain numerator ÷ income domain score)",
  numerator: "income_domain_numerator",
  score: "Income_score"
} as const;
