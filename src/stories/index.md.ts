// Page loader for /stories: every published story with a small map and a one-line summary.
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "../lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
