// The neighbourhood risk index as a CSV download (same rows and columns as risk-index.parquet).
import {PROJECT_ROOT, runLoader} from "../lib/loader/run.js";
import {loadModel} from "../lib/model/model.js";
import {RISK_COLUMNS, riskIndex, toCsv} from "../lib/risk/dataset.js";

await runLoader("risk-index.csv", (sources) =>
  toCsv(riskIndex(loadModel(sources), PROJECT_ROOT).rows, Object.keys(RISK_COLUMNS))
);
