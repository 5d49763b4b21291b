import {CRIME_RATES, CYP_SUBDOMAIN, DOMAINS, IOD_POPULATION, OTHER_INDICATORS} from "../inputs/indicators.js";

type Row = Record<string, unknown>;
type MeasureFile = "domains" | "subdomains" | "indicators";

const PARTS = ["score", "rank", "decile"];

/**
 * Each measure key of the LSOA table (`imd_score`, `violence_with_injury`…), in column order, with its
 * IoD2025 file and column.
 */
export const MEASURE_COLUMNS: readonly {key: string; file: MeasureFile; column: string}[] = [
  ...DOMAINS.flatMap((d) =>
    PARTS.map((p) => ({key: `${d.key}_${p}`, file: "domains" as const, column: `${d.column}_${p}`}))
  ),
  ...PARTS.map((p) => ({
    key: `${CYP_SUBDOMAIN.key}_${p}`,
    file: "subdomains" as const,
    column: `${CYP_SUBDOMAIN.column}_${p}`
  })),
  ...[...CRIME_RATES, ...OTHER_INDICATORS].map(({key, column}) => ({key, file: "indicators" as const, column}))
];

/**
 * The population the IoD2025 counted in an LSOA: income domain numerator ÷ income domain score (null
 * when the numerator is suppressed or the score is 0). Scores are published to 3 decimals, so the
 * value is exact to about 0.1% in most LSOAs and to a few per cent only where income deprivation is
 * rarest.
 */
export function iodPopulation(domains: Row, indicators: Row | undefined): number | null {
  const numerator = indicators?.[IOD_POPULATION.numerator] as number | null | undefined;
  const score = domains[IOD_POPULATION.score] as number | null | undefined;
  if (numerator === null || numerator === undefined || !score) return null;
  return numerator / score;
}

/**
 * Renames IoD2025 source columns to the site's measure keys, adding them to `into`. The sub-domains
 * row is optional because no England-wide copy of it is in the sources.
 */
export function measuresFrom(domains: Row, indicators: Row, subdomains?: Row, into: Row = {}): Row {
  const rows = {domains, indicators, subdomains};
  // Written into the record, not spread into it: spreading 35 keys cost the join 0.4 s.
  for (const {key, file, column} of MEASURE_COLUMNS)
    into[key] = (rows[file]?.[column] as number | null | undefined) ?? null;
  into[IOD_POPULATION.key] = iodPopulation(domains, indicators);
  return into;
}

/**
 * Reads each measure of an England-wide LSOA in place, from its domains row and the indicators row
 * of the same LSOA: a measure row for each of England's 33,755 LSOAs would cost about 60 MB.
 */
export function englandMeasure(
  indicators: readonly Row[]
): (key: string) => (domains: Row) => number | null | undefined {
  const indicatorsOf = new Map(indicators.map((r) => [r.lsoa21_code, r]));
  const columns = new Map(MEASURE_COLUMNS.map((m) => [m.key, m]));
  return (key) => {
    if (key === IOD_POPULATION.key) return (domains) => iodPopulation(domains, indicatorsOf.get(domains.lsoa21_code));
    const {file, column} = columns.get(key) ?? {};
    if (file === "domains") return (domains) => domains[column!] as number | null | undefined;
    if (file === "indicators")
      return (domains) => indicatorsOf.get(domains.lsoa21_code)?.[column!] as number | null | undefined;
    return () => undefined; // no England-wide sub-domains file
  };
}
