// Data loader for /data/stories/<slug>.csv: the data behind one story page with its provenance lines.
// What it writes is registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "../../lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
