// Every ward, neighbourhood (MSOA) and LSOA code the "find your area" box can go to.
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "../lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
