// Figures transcribed from the needs assessments, each row with its source.
import {runLoader} from "../lib/loader/run.js";
import {loadModel} from "../lib/model/model.js";

await runLoader("sna.json", (sources) => JSON.stringify(loadModel(sources).sna));
