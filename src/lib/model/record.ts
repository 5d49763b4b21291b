import type {CrimeRateKey, CYP_SUBDOMAIN, DomainKey, OTHER_INDICATORS} from "../inputs/indicators.js";

type OtherKey = (typeof OTHER_INDICATORS)[number]["key"];
type CypKey = typeof CYP_SUBDOMAIN.key;

export type ScoreRankDecile<K extends string> = `${K}_score` | `${K}_rank` | `${K}_decile`;

/** Numeric fields of one LSOA row: IoD2025 domain triples, the CYP sub-domain, crime rates, other indicators. */
export type LsoaMeasureKey = ScoreRankDecile<DomainKey | CypKey> | CrimeRateKey | OtherKey;

/** One LSOA 2021 with its geography, population and IoD2025 measures: the site's base table. */
export type LsoaRecord = {
  lsoa21cd: string;
  lsoa21nm: string;
  msoa21cd: string;
  /** House of Commons Library neighbourhood name. */
  msoa21nm: string;
  ward25cd: string;
  ward25nm: string;
  lad25cd: string;
  lad25nm: string;
  /** ONS mid-2024 estimate: the count the site reports as "people living here". */
  population: number;
  /**
   * The population the IoD2025 counted (income domain numerator ÷ score): the weight of every area
   * summary (model/areas.ts), so that England, which has no other population, is summarised alike.
   */
  iod_population: number | null;
} & {[K in LsoaMeasureKey]: number | null};
