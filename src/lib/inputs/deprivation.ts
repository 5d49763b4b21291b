import {CRIME_RATES, CYP_SUBDOMAIN, DOMAINS, IOD_POPULATION, OTHER_INDICATORS} from "./indicators.js";
import {integer, number, onsCode, type ColumnSpec, type Sources} from "../sources/index.js";
import {cachedTable} from "./cache.js";
import {SOURCE_PATHS} from "./paths.js";

function domainColumns(): Record<string, ColumnSpec<number>> {
  const columns: Record<string, ColumnSpec<number>> = {};
  for (const {column} of DOMAINS) {
    columns[`${column}_score`] = number();
    columns[`${column}_rank`] = integer();
    columns[`${column}_decile`] = integer();
  }
  return columns;
}

const domainSpec = {columns: {lsoa21_code: onsCode("E01"), ...domainColumns()}, key: "lsoa21_code" as const};

/**
 * IoD2025 File 7 for the seven boroughs, or for all of England. The England-wide rows (33,755) are
 * not cached: the model keeps only their summary, so they can be freed once it is made.
 */
export function readDomains(sources: Sources, england = false) {
  return england
    ? sources.table(SOURCE_PATHS.domainsEngland, domainSpec)
    : cachedTable(sources, SOURCE_PATHS.domains, domainSpec);
}

export function readSubdomains(sources: Sources) {
  const c = CYP_SUBDOMAIN.column;
  return cachedTable(sources, SOURCE_PATHS.subdomains, {
    columns: {
      lsoa21_code: onsCode("E01"),
      [`${c}_score`]: number(),
      [`${c}_rank`]: integer(),
      [`${c}_decile`]: integer()
    },
    key: "lsoa21_code"
  });
}

const indicatorSpec = {
  columns: {
    lsoa21_code: onsCode("E01"),
    ...Object.fromEntries(
      [...CRIME_RATES, ...OTHER_INDICATORS, {column: IOD_POPULATION.numerator}].map(({column}) => [
        column,
        number({optional: true})
      ])
    )
  } as Record<string, ColumnSpec<number | null>> & {lsoa21_code: ColumnSpec<string>},
  key: "lsoa21_code" as const
};

/**
 * IoD2025 File 8 (underlying indicators); England-wide copies have empty cells, read as null. The
 * England-wide rows are not cached, as above.
 */
export function readIndicators(sources: Sources, england = false) {
  return england
    ? sources.table(SOURCE_PATHS.indicatorsEngland, indicatorSpec)
    : cachedTable(sources, SOURCE_PATHS.indicators, indicatorSpec);
}
