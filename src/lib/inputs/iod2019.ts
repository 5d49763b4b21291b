import {DOMAINS} from "./indicators.js";
import {number, onsCode, type ColumnSpec, type Sources} from "../sources/index.js";
import {cachedTable} from "./cache.js";
import {SOURCE_PATHS} from "./paths.js";

/** IoD2019 uses "Housing_and_Access" where IoD2025 says "Housing_and_Services". */
export const IOD2019_COLUMN: Record<string, string> = Object.fromEntries(
  DOMAINS.map((d) => [d.key, d.key === "housing" ? "Housing_and_Access" : d.column])
);

/** IoD2019 deciles and ranks on LSOA 2011 (written as "2.0" in the source, so read as numbers). */
export function readIod2019Domains(sources: Sources) {
  const columns: Record<string, ColumnSpec<number>> = {};
  for (const column of Object.values(IOD2019_COLUMN)) {
    columns[`${column}_decile`] = number();
    columns[`${column}_rank`] = number();
  }
  return cachedTable(sources, SOURCE_PATHS.iod2019Domains, {
    columns: {lsoa11_code: onsCode("E01"), ...columns},
    key: "lsoa11_code"
  });
}
