import {number, text, type Sources} from "../sources/index.js";
import {cachedTable} from "./cache.js";

/**
 * police.uk street-level crimes as its API returns them (latitude and longitude, no LSOA code): the
 * 2017 sample around Birmingham city centre in the shared sources. Not a file the pages are made
 * from, so not in SOURCE_PATHS: the build maps it to LSOAs and reports how much falls in the region.
 */
export const POLICE_API_SAMPLE = "police/policeuk_api_birmingham_city_centre_2017.csv.gz";

/** Whether the sources folder's manifest lists the sample (the project's fixture does not). */
export const hasPoliceApiSample = (sources: Sources) =>
  sources.manifest.entries.some((e) => e.path === POLICE_API_SAMPLE);

export function readPoliceApiSample(sources: Sources) {
  return cachedTable(sources, POLICE_API_SAMPLE, {
    columns: {type: text({required: true}), month: text({required: true}), latitude: number(), longitude: number()}
  });
}
