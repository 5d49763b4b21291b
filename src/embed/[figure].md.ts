// Page loader for /embed/<page>--<figure>: one figure on a page of its own, for other sites' frames.
// Framework passes the name as --figure=<name> (see dynamicPaths in observablehq.config.ts).
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "../lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
