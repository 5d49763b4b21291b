// Page loader for /deprivation: every LSOA shaded by its IMD 2025 decile, drawn at build time
// (src/lib/render/deprivation.ts).
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "./lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
