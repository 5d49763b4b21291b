import {onsCode, text, type Bounds, type Sources} from "../sources/index.js";
import {SOURCE_PATHS} from "./paths.js";

/**
 * A generous box around the West Midlands region, in longitude and latitude: the seven boroughs'
 * boundaries lie within about 2.21°W–1.42°W and 52.35°N–52.66°N. A coordinate outside it is a
 * broken file or one in another projection (British National Grid metres), never a real boundary.
 */
const WEST_MIDLANDS_BOUNDS: Bounds = {name: "the West Midlands", west: -3.5, south: 51.7, east: -1, north: 53.4};

export function readLsoaBoundaries(sources: Sources) {
  return sources.features(SOURCE_PATHS.lsoaBoundaries, {
    properties: {LSOA21CD: onsCode("E01"), LSOA21NM: text({required: true})},
    key: "LSOA21CD",
    bounds: WEST_MIDLANDS_BOUNDS
  });
}

export function readMsoaBoundaries(sources: Sources) {
  return sources.features(SOURCE_PATHS.msoaBoundaries, {
    properties: {MSOA21CD: onsCode("E02"), MSOA21NM: text({required: true})},
    key: "MSOA21CD",
    bounds: WEST_MIDLANDS_BOUNDS
  });
}

export function readWardBoundaries(sources: Sources) {
  return sources.features(SOURCE_PATHS.wardBoundaries, {
    properties: {
      WD25CD: onsCode("E05"),
      WD25NM: text({required: true}),
      LAD25CD: onsCode("E06", "E07", "E08", "E09"),
      LAD25NM: text({required: true})
    },
    key: "WD25CD",
    bounds: WEST_MIDLANDS_BOUNDS
  });
}
