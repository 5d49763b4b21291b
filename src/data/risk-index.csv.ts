// The neighbourhood risk index as a CSV download (same rows and columns as risk-index.parquet).
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "../lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
