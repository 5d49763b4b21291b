import {onsCode, text, type Sources} from "../sources/index.js";
import {SOURCE_PATHS} from "./paths.js";

export function readLsoaBoundaries(sources: Sources) {
  return sources.features(SOURCE_PATHS.lsoaBoundaries, {
    properties: {LSOA21CD: onsCode("E01"), LSOA21NM: text({required: true})},
    key: "LSOA21CD"
  });
}

export function readMsoaBoundaries(sources: Sources) {
  return sources.features(SOURCE_PATHS.msoaBoundaries, {
    properties: {MSOA21CD: onsCode("E02"), MSOA21NM: text({required: true})},
    key: "MSOA21CD"
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
    key: "WD25CD"
  });
}
