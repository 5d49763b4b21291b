// Page loader for /stories/<slug>: one story's narrative, static fallbacks and embedded data.
// Framework passes the slug as --slug=<slug> (see dynamicPaths in observablehq.config.ts).
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "../lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
