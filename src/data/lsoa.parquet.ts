// Deprivation and crime by LSOA 2021 (Parquet: see docs/data.md for the format choice).
import {LSOA_COLUMNS, lsoaRecords} from "../lib/datasets/lsoa.js";
import {runLoader} from "../lib/loader/run.js";
import {rowsToParquet} from "../lib/output/parquet.js";

await runLoader("lsoa.parquet", (sources, log) => {
  const rows = lsoaRecords(sources);
  log(`joined ${rows.length} LSOAs`);
  return rowsToParquet(rows, LSOA_COLUMNS);
});
