export {integer, number, onsCode, text, ONS_KINDS, type ColumnSpec, type ColumnSpecs, type RowOf} from "./columns.js";
export {parseCsv, type CsvRecord, type ParsedCsv} from "./csv.js";
export {SourceError, type SourceErrorKind} from "./errors.js";
export {memoryFiles, nodeFiles, resolveSourcesDir, sha256, SOURCES_ENV, type SourceFiles} from "./files.js";
export {type Bounds} from "./geometry.js";
export {type Manifest, type ManifestEntry} from "./manifest.js";
export {Sources, type SourceFeature, type SourceRow} from "./sources.js";
