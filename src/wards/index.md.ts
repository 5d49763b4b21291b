// Page loader for /wards/: every ward's profile listed by borough, with "find your area"
// (src/lib/render/wardIndex.ts).
import {runLoader} from "../lib/loader/run.js";
import {wardIndexMarkdown} from "../lib/render/wardIndex.js";
import {wardsForSearch} from "../lib/wards/dataset.js";
import {buildSearchIndex} from "../lib/wards/search.js";

await runLoader("wards/index.md", (sources) => wardIndexMarkdown(buildSearchIndex(wardsForSearch(sources))));
