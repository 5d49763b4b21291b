// Deprivation and crime by LSOA 2021 (Parquet: see docs/data.md for the format choice).
import {LSOA_COLUMNS} from "../lib/datasets/lsoa.js";
import {runLoader} from "../lib/loader/run.js";
import {loadModel} from "../lib/model/model.js";
import {rowsToParquet} from "../lib/output/parquet.js";

await runLoader("lsoa.parquet", (sources, log) => {
  const {lsoas} = loadModel(sources);
  log(`joined ${lsoas.length} LSOAs`);
  return rowsToParquet(lsoas, LSOA_COLUMNS);
});
