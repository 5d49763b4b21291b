// MSOA, ward, district, West Midlands and England summaries (Arrow IPC: see docs/data.md).
import {AREA_COLUMNS, areaRows} from "../lib/datasets/areas.js";
import {lsoaRecords} from "../lib/datasets/lsoa.js";
import {runLoader} from "../lib/loader/run.js";
import {rowsToArrow} from "../lib/output/arrow.js";

await runLoader("areas.arrow", (sources, log) => {
  const lsoas = lsoaRecords(sources);
  log(`summarising ${lsoas.length} LSOAs and the England-wide files`);
  return rowsToArrow(areaRows(sources, lsoas), AREA_COLUMNS);
});
