import {toCsv} from "../risk/dataset.js";
import {RATE_UNIT} from "../summaries/crime.js";
import type {SimilarAreas} from "../wards/similar.js";
import type {ProvenanceRow} from "./provenance.js";

/** One value a ward or story page shows, as a row of its CSV download (long format: one value a row). */
export interface AreaCsvRow {
  /** The part of the page the value belongs to: "lsoas", "crime", "similar_wards"… */
  section: string;
  /** A stable name for programs: "imd_decile", "violence_with_injury"… */
  measure_key: string;
  /** The measure as the page names it. */
  measure: string;
  /** "lsoa", "msoa", "ward", "district", "region", "england" or "area" (a story's own area). */
  area_type: string;
  area_code: string | null;
  area_name: string;
  value: number | null;
  unit: string;
}

/** The download's columns, in order. */
export const AREA_CSV_COLUMNS: readonly (keyof AreaCsvRow)[] = [
  "section",
  "measure_key",
  "measure",
  "area_type",
  "area_code",
  "area_name",
  "value",
  "unit"
];

/** The lines above the table start with this, so `pandas.read_csv(comment="#")` and R's `comment.char` skip them. */
export const PROVENANCE_PREFIX = "# ";

export interface AreaCsv {
  /** What the file holds: "Ward profile: Aston, Birmingham (E05011121)". */
  title: string;
  /** Notes on how the values are made, one line each. */
  notes: readonly string[];
  rows: readonly AreaCsvRow[];
  /** The source files the values are made from (paths in the sources folder). */
  files: readonly string[];
}

/**
 * The CSV download of a page: provenance lines first (what the file is, how its values are made, and
 * each source file with its publisher, licence, official page and SHA-256), then one RFC 4180 table.
 */
export function areaCsv({title, notes, rows, files}: AreaCsv, provenance: readonly ProvenanceRow[]): string {
  const sources = files.map((file) => {
    const p = provenance.find((row) => row.file === file);
    if (!p) throw new Error(`areaCsv: ${file} is not in the provenance table; add it to SOURCE_PATHS`);
    return `Source: ${p.title}. ${p.publisher}. ${p.licence}. ${p.official} (file ${p.file}, SHA-256 ${p.sha256})`;
  });
  const lines = [title, ...notes, ...sources].map((line) => `${PROVENANCE_PREFIX}${line}\r\n`);
  return lines.join("") + toCsv(rows, AREA_CSV_COLUMNS);
}

/** The similar wards' rows: the area itself, then each ward with its distance, IMD score and violence rate. */
export function similarRows(similar: SimilarAreas, area: {type: string; code: string | null; name: string}) {
  const section = "similar_wards";
  const measures = (type: string, code: string | null, name: string, values: SimilarAreas["area"]) =>
    [
      {measure_key: "imd_score", measure: "IMD 2025 score", value: values.imd_score, unit: "score"},
      {
        measure_key: "violence_with_injury",
        measure: "Violence with injury",
        value: values.violence_with_injury,
        unit: RATE_UNIT
      }
    ].map((m): AreaCsvRow => ({section, area_type: type, area_code: code, area_name: name, ...m}));
  return [
    ...measures(area.type, area.code, area.name, similar.area),
    ...similar.wards.flatMap((w, i) => [
      {
        section,
        measure_key: "similarity_rank",
        measure: "Rank among the wards most like the area (1 is the most alike)",
        area_type: "ward",
        area_code: w.code,
        area_name: w.name,
        value: i + 1,
        unit: "rank"
      },
      {
        section,
        measure_key: "distance",
        measure: "Distance from the area on the standardised measures",
        area_type: "ward",
        area_code: w.code,
        area_name: w.name,
        value: w.distance,
        unit: "standard deviations"
      },
      ...measures("ward", w.code, w.name, w)
    ])
  ];
}
