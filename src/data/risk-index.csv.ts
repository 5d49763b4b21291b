// The neighbourhood risk index as a CSV download (same rows and columns as risk-index.parquet).
import {lsoaRecords} from "../lib/datasets/lsoa.js";
import {PROJECT_ROOT, runLoader} from "../lib/loader/run.js";
import {RISK_COLUMNS, riskIndexFromSources, toCsv} from "../lib/risk/dataset.js";

await runLoader("risk-index.csv", (sources) => toCsv(riskIndexFromSources(sources, lsoaRecords(sources), PROJECT_ROOT).rows, Object.keys(RISK_COLUMNS)));
