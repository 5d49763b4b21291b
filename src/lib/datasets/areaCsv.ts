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

/** The area a row describes. */
export interface CsvArea {
  type: string;
  code: string | null;
  name: string;
}

/** Makes one area's rows in one section of the file. */
export function rowMaker(section: string, area: CsvArea) {
  return (measure_key: string, measure: string, value: number | null, unit: string): AreaCsvRow => ({
    section,
    measure_key,
    measure,
    area_type: area.type,
    area_code: area.code,
    area_name: area.name,
    value,
    unit
  });
}

/** An LSOA's rows, as ward and story files both begin them: IMD 2025 decile and rank, then residents. */
export function lsoaRows(lsoa: {
  code: string;
  name: string;
  imd_decile: number | null;
  imd_rank: number | null;
  population: number;
}) {
  const row = rowMaker("lsoas", {type: "lsoa", code: lsoa.code, name: lsoa.name});
  return {
    row,
    rows: [
      row("imd_decile", "IMD 2025 decile (1 is England's most deprived 10%)", lsoa.imd_decile, "decile"),
      row("imd_rank", "IMD 2025 rank (1 is England's most deprived LSOA)", lsoa.imd_rank, "rank"),
      row("population", "Residents (mid-2024)", lsoa.population, "people")
    ]
  };
}

/** The similar wards' rows: the area itself, then each ward with its rank, distance, IMD score and violence rate. */
export function similarRows(similar: SimilarAreas, area: CsvArea): AreaCsvRow[] {
  const compared = (row: ReturnType<typeof rowMaker>, values: SimilarAreas["area"]) => [
    row("imd_score", "IMD 2025 score", values.imd_score, "score"),
    row("violence_with_injury", "Violence with injury", values.violence_with_injury, RATE_UNIT)
  ];
  return [
    ...compared(rowMaker("similar_wards", area), similar.area),
    ...similar.wards.flatMap((w, i) => {
      const row = rowMaker("similar_wards", {type: "ward", code: w.code, name: w.name});
      return [
        row("similarity_rank", "Rank among the wards most like the area (1 is the most alike)", i + 1, "rank"),
        row("distance", "Distance from the area on the standardised measures", w.distance, "standard deviations"),
        ...compared(row, w)
      ];
    })
  ];
}
