// LSOA, MSOA, ward and district boundaries as one simplified, quantized topology.
import {runLoader} from "../lib/loader/run.js";
import {loadModel} from "../lib/model/model.js";

await runLoader("geography.topojson", (sources, log) => {
  log("building topology from LSOA, MSOA and ward boundaries");
  return JSON.stringify(loadModel(sources).topology);
});
