import {tableFromIPC} from "apache-arrow";

/** Rows of an Arrow IPC file as plain objects. Pages pass `await FileAttachment(…).arrayBuffer()`. */
export function readArrow<T = Record<string, unknown>>(file: ArrayBuffer): T[] {
  return tableFromIPC(new Uint8Array(file)).toArray().map((row) => row.toJSON() as T);
}
