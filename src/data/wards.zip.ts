// Every ward's profile as one archive: Framework extracts wards/<slug>.json for each ward page,
// so one process prepares all 192 wards.
import JSZip from "jszip";
import {PROJECT_ROOT, runLoader} from "../lib/loader/run.js";
import {wardProfilesFromSources} from "../lib/wards/dataset.js";

await runLoader("wards.zip", async (sources, log) => {
  const profiles = wardProfilesFromSources(sources, PROJECT_ROOT);
  const zip = new JSZip();
  // A fixed date keeps the archive byte-for-byte the same for the same data.
  for (const p of profiles) zip.file(`${p.slug}.json`, JSON.stringify(p), {date: new Date(Date.UTC(2025, 0, 1))});
  log(`${profiles.length} ward profiles`);
  return zip.generateAsync({type: "uint8array", compression: "DEFLATE"});
});
