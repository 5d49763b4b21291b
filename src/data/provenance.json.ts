// Every source file used by the site, verified against the manifest.
import {provenanceTable} from "../lib/datasets/provenance.js";
import {runLoader} from "../lib/loader/run.js";

await runLoader("provenance.json", (sources) => JSON.stringify(provenanceTable(sources)));
