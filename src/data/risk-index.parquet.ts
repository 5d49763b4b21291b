// The neighbourhood risk index: 357 MSOAs ranked (Parquet for the site; see docs/risk-index.md).
import {PROJECT_ROOT, runLoader} from "../lib/loader/run.js";
import {loadModel} from "../lib/model/model.js";
import {rowsToParquet} from "../lib/output/parquet.js";
import {RISK_COLUMNS, riskIndex} from "../lib/risk/dataset.js";

await runLoader("risk-index.parquet", (sources, log) => {
  const index = riskIndex(loadModel(sources), PROJECT_ROOT);
  log(`ranked ${index.rows.length} MSOAs`);
  return rowsToParquet(index.rows, RISK_COLUMNS);
});
