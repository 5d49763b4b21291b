// Page loader for /sources: every source file with its publisher, licence and checksum
// (src/lib/render/sources.ts).
import {provenanceTable} from "./lib/datasets/provenance.js";
import {runLoader} from "./lib/loader/run.js";
import {sourcesMarkdown} from "./lib/render/sources.js";

await runLoader("sources.md", (sources) => sourcesMarkdown(provenanceTable(sources)));
