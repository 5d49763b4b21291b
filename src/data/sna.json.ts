// Figures transcribed from the needs assessments, each row with its source.
import {readSna} from "../lib/inputs/sna.js";
import {runLoader} from "../lib/loader/run.js";

await runLoader("sna.json", (sources) => JSON.stringify(readSna(sources)));
