import type {TableSpec} from "../sources/sources.js";
import type {ColumnSpecs, SourceRow, Sources} from "../sources/index.js";

/**
 * What has been parsed from the sources in this process, so each file is parsed once however many
 * loaders' steps (or Sources instances) read it. A value is keyed by what it is and by the sha256
 * of every file it is made from, taken after `sources` has checked each file against the manifest:
 * a changed file gives a checksum error or a new key, never a stale value. Values are shared: read
 * them, never change them.
 */
const values = new Map<string, unknown>();

function verifiedSha256(sources: Sources, path: string): string {
  sources.bytes(path); // throws when the file is missing or differs from the manifest
  return sources.entry(path).sha256;
}

/** `read()` the first time `what` is asked for from these files' contents; the same value after. */
export function readOnce<T>(sources: Sources, what: string, paths: readonly string[], read: () => T): T {
  const key = [what, ...paths.map((path) => `${path}@${verifiedSha256(sources, path)}`)].join("\n");
  if (values.has(key)) return values.get(key) as T;
  const value = read();
  values.set(key, value);
  return value;
}

/** A source table parsed once per process (one reader per file, so the path names the table). */
export function cachedTable<S extends ColumnSpecs>(
  sources: Sources,
  path: string,
  spec: TableSpec<S>
): readonly SourceRow<S>[] {
  return readOnce(sources, "table", [path], () => sources.table(path, spec));
}
