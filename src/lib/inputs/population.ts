import {integer, onsCode, text, type ColumnSpec, type Sources} from "../sources/index.js";
import {cachedTable} from "./cache.js";
import {SOURCE_PATHS} from "./paths.js";

/** Single-year age columns of the ONS mid-2020 file: "0" … "89" and "90+". */
export const AGE_COLUMNS = [...Array.from({length: 90}, (_, i) => String(i)), "90+"];

/** ONS mid-2020 population by single year of age, LSOA 2011 (the newest by age at LSOA level in the sources). */
export function readAgeLsoa11(sources: Sources) {
  const ages = Object.fromEntries(AGE_COLUMNS.map((c) => [c, integer()])) as Record<string, ColumnSpec<number>>;
  return cachedTable(sources, SOURCE_PATHS.ageLsoa11, {
    columns: {lsoa11_code: onsCode("E01"), total_population: integer(), ...ages},
    key: "lsoa11_code"
  });
}

/**
 * LSOA 2011 → 2021 best-fit lookup; change_code U unchanged, S split, M merged, X redesigned. It also
 * names every 2021 LSOA, so the model needs no boundaries for names.
 */
export function readLsoa11To21(sources: Sources) {
  return cachedTable(sources, SOURCE_PATHS.lsoa11To21, {
    columns: {
      lsoa11_code: onsCode("E01"),
      change_code: text({required: true}),
      lsoa21_code: onsCode("E01"),
      lsoa21_name: text({required: true})
    }
  });
}
