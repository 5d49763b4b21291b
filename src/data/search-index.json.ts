// Every ward, neighbourhood (MSOA) and LSOA code the "find your area" box can go to.
import {runLoader} from "../lib/loader/run.js";
import {wardsForSearch} from "../lib/wards/dataset.js";
import {buildSearchIndex} from "../lib/wards/search.js";

await runLoader("search-index.json", (sources) => JSON.stringify(buildSearchIndex(wardsForSearch(sources))));
