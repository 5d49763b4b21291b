// Page loader for the page of an unknown address, so it can name the site's contact route
// (config/site.yaml): src/lib/render/notFound.ts. Registered in src/lib/loader/outputs.ts.
import {runRegisteredLoader} from "./lib/loader/run.js";

await runRegisteredLoader(import.meta.url);
