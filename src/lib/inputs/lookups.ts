import {integer, onsCode, text, type Sources} from "../sources/index.js";
import {cachedTable} from "./cache.js";
import {SOURCE_PATHS} from "./paths.js";

/** LSOA 2021 → MSOA 2021, ward 2025, district, with ONS mid-2024 population. */
export function readLsoaLookup(sources: Sources) {
  return cachedTable(sources, SOURCE_PATHS.lookup, {
    columns: {
      LSOA21CD: onsCode("E01"),
      "2024POP": integer(),
      MSOA21CD: onsCode("E02"),
      WD25CD: onsCode("E05"),
      LA24CD: onsCode("E06", "E07", "E08", "E09"),
      LA24NM: text({required: true})
    },
    key: "LSOA21CD"
  });
}

/** LSOA 2021 → ward and district names (2025). */
export function readWardLookup(sources: Sources) {
  return cachedTable(sources, SOURCE_PATHS.wardLookup, {
    columns: {
      lsoa21cd: onsCode("E01"),
      wd25cd: onsCode("E05"),
      wd25nm: text({required: true}),
      lad25cd: onsCode("E06", "E07", "E08", "E09"),
      lad25nm: text({required: true})
    },
    key: "lsoa21cd"
  });
}

/** House of Commons Library MSOA names (2021 MSOAs are the MSOA21CD column). */
export function readMsoaNames(sources: Sources) {
  return cachedTable(sources, SOURCE_PATHS.msoaNames, {
    columns: {
      MSOACD: onsCode("E02"),
      MSOANM: text({required: true}),
      MSOAHCLNM: text({required: true}),
      MSOA21CD: text()
    },
    key: "MSOACD"
  });
}
