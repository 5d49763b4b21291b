import {parquetWriteBuffer} from "hyparquet-writer";

export type ColumnKind = "string" | "double" | "int32";

/**
 * Writes rows to a Snappy-compressed Parquet buffer with an explicit type per column, so that a
 * column of all-null or all-integer values keeps the type the pages expect.
 */
export function rowsToParquet<T extends object>(rows: readonly T[], columns: Record<string, ColumnKind>): ArrayBuffer {
  const types = {string: "STRING", double: "DOUBLE", int32: "INT32"} as const;
  return parquetWriteBuffer({
    columnData: Object.entries(columns).map(([name, kind]) => ({
      name,
      type: types[kind],
      data: rows.map((r) => (r as Record<string, unknown>)[name] ?? null) as never
    })),
    // One row group: the tables are small and always read whole.
    rowGroupSize: Math.max(rows.length, 1),
    createdBy: "wm-story-maps"
  });
}
