// Page loader for /wards/: every ward's profile listed by borough, with "find your area"
// (src/lib/render/wardIndex.ts).
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "../lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
