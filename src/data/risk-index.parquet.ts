// The neighbourhood risk index: 357 MSOAs ranked (Parquet for the site; see docs/risk-index.md).
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "../lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
