import {parquetReadObjects} from "hyparquet";

/**
 * Rows of a Parquet file, read with hyparquet (pure JavaScript, no WebAssembly). Pages pass
 * `await FileAttachment(…).arrayBuffer()`: calling a method directly on FileAttachment stops
 * Framework from adding its CDN-hosted Parquet reader.
 */
export async function readParquet<T = Record<string, unknown>>(file: ArrayBuffer): Promise<T[]> {
  return (await parquetReadObjects({file})) as T[];
}
