// LSOA, MSOA, ward and district boundaries as one simplified, quantized topology.
import {geographyTopology} from "../lib/datasets/geography.js";
import {runLoader} from "../lib/loader/run.js";

await runLoader("geography.topojson", (sources, log) => {
  log("building topology from LSOA, MSOA and ward boundaries");
  return JSON.stringify(geographyTopology(sources));
});
