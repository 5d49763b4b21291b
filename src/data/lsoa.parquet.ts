// Deprivation and crime by LSOA 2021 (Parquet: see docs/data.md for the format choice).
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "../lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
