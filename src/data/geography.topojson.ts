// LSOA, MSOA, ward and district boundaries as one simplified, quantized topology.
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "../lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
