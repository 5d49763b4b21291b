// The neighbourhood risk index: 357 MSOAs ranked (Parquet for the site; see docs/risk-index.md).
import {lsoaRecords} from "../lib/datasets/lsoa.js";
import {PROJECT_ROOT, runLoader} from "../lib/loader/run.js";
import {rowsToParquet} from "../lib/output/parquet.js";
import {RISK_COLUMNS, riskIndexFromSources} from "../lib/risk/dataset.js";

await runLoader("risk-index.parquet", (sources, log) => {
  const index = riskIndexFromSources(sources, lsoaRecords(sources), PROJECT_ROOT);
  log(`ranked ${index.rows.length} MSOAs`);
  return rowsToParquet(index.rows, RISK_COLUMNS);
});
