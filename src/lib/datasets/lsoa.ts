import {LSOA_MEASURE_FIELDS, LSOA_TEXT_FIELDS} from "../model/record.js";
import type {ColumnKind} from "../output/parquet.js";

/** Column types of lsoa.parquet: ranks and deciles are whole numbers, scores and rates doubles. */
export const LSOA_COLUMNS: Record<string, ColumnKind> = {
  ...Object.fromEntries(LSOA_TEXT_FIELDS.map((f) => [f, "string"])),
  population: "int32",
  iod_population: "double",
  ...Object.fromEntries(LSOA_MEASURE_FIELDS.map((f) => [f, /_(rank|decile)$/.test(f) ? "int32" : "double"]))
};
