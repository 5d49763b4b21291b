// Page loader for /boroughs: the seven boroughs compared, every figure drawn at build time
// (src/lib/render/boroughs.ts).
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "./lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
