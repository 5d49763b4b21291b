import {integer, onsCode, text, type Sources} from "../sources/index.js";
import {SOURCE_PATHS} from "./paths.js";

/** Single years of age in the ONS mid-2020 file: 0 to 89, then "90+". */
export const AGE_COLUMNS = [...Array.from({length: 90}, (_, age) => String(age)), "90+"];

/** ONS mid-2020 population estimates by single year of age, LSOA 2011. */
export function readAgeMid2020(sources: Sources) {
  return sources.table(SOURCE_PATHS.ageMid2020, {
    columns: {lsoa11_code: onsCode("E01"), total_population: integer(), ...Object.fromEntries(AGE_COLUMNS.map((a) => [a, integer()]))},
    key: "lsoa11_code"
  });
}

/** ONS LSOA 2011 → LSOA 2021 best-fit lookup with its change code (U unchanged, S split, M merged, X complex). */
export function readLsoa11To21(sources: Sources) {
  return sources.table(SOURCE_PATHS.lsoa11To21, {
    columns: {lsoa11_code: onsCode("E01"), change_code: text({required: true}), lsoa21_code: onsCode("E01")}
  });
}

/** Census 2021 usual residents by LSOA 2021. */
export function readCensus2021Residents(sources: Sources) {
  return sources.table(SOURCE_PATHS.census2021Residents, {columns: {lsoa21cd: onsCode("E01"), usual_residents_2021: integer()}, key: "lsoa21cd"});
}
