import {SOURCE_PATHS} from "../inputs/paths.js";
import type {Sources} from "../sources/index.js";

export interface ProvenanceRow {
  file: string;
  title: string;
  publisher: string;
  licence: string;
  official: string;
  sha256: string;
}

/** Every source file the site is built from, each verified against the manifest. */
export function provenanceTable(sources: Sources): ProvenanceRow[] {
  return Object.values(SOURCE_PATHS).map((path) => {
    sources.bytes(path); // verifies presence and checksum
    const e = sources.entry(path);
    return {
      file: e.path,
      title: e.title,
      publisher: e.publisher,
      licence: e.licence,
      official: e.official,
      sha256: e.sha256
    };
  });
}
