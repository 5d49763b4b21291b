// Page loader for /sources: every source file with its publisher, licence and checksum
// (src/lib/render/sources.ts).
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "./lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
