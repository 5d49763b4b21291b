import {Float64, Int32, Table, tableToIPC, Utf8, vectorFromArray, type Vector} from "apache-arrow";
import type {ColumnKind} from "./parquet.js";

/** Writes rows as an Arrow IPC file with an explicit type per column (nulls kept). */
export function rowsToArrow<T extends object>(rows: readonly T[], columns: Record<string, ColumnKind>): Uint8Array {
  const types = {string: () => new Utf8(), double: () => new Float64(), int32: () => new Int32()};
  const vectors: Record<string, Vector> = {};
  for (const [name, kind] of Object.entries(columns)) {
    vectors[name] = vectorFromArray(rows.map((r) => (r as Record<string, unknown>)[name] ?? null), types[kind]() as never);
  }
  return tableToIPC(new Table(vectors), "file");
}
