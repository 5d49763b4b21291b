import {SourceError} from "./errors.js";

/** One file described by the sources folder's manifest.json. */
export interface ManifestEntry {
  path: string;
  title: string;
  publisher: string;
  licence: string;
  official: string;
  copied_from?: string;
  note?: string;
  bytes: number;
  rows: number;
  columns: string[];
  sha256: string;
}

export interface Manifest {
  entries: ManifestEntry[];
}

export function parseManifest(text: string, file = "manifest.json"): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SourceError({
      kind: "bad-json",
      file,
      problem: `the manifest is not valid JSON (${(error as Error).message})`,
      fix: "restore manifest.json from the published sources folder"
    });
  }
  const entries = (json as Manifest | null)?.entries;
  if (!Array.isArray(entries)) {
    throw new SourceError({
      kind: "bad-json",
      file,
      problem: "the manifest has no `entries` list",
      fix: "restore manifest.json from the published sources folder"
    });
  }
  return {entries};
}

export function findEntry(manifest: Manifest, path: string): ManifestEntry {
  const entry = manifest.entries.find((e) => e.path === path);
  if (!entry) {
    throw new SourceError({
      kind: "not-in-manifest",
      file: path,
      problem: "this file is not listed in manifest.json",
      fix: "check the path for typos, or add the file to the manifest with its title, publisher, licence and sha256"
    });
  }
  return entry;
}
