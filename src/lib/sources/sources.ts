import {type ColumnSpecs, type RowOf} from "./columns.js";
import {parseCsv} from "./csv.js";
import {SourceError} from "./errors.js";
import {decodeText, nodeFiles, sha256, SOURCES_ENV, type SourceFiles} from "./files.js";
import {geometryProblem, type Bounds} from "./geometry.js";
import {findEntry, parseManifest, type Manifest, type ManifestEntry} from "./manifest.js";
import {join} from "node:path";

/** A typed row plus the line it came from, so later checks can still point at the source. */
export type SourceRow<S extends ColumnSpecs> = RowOf<S> & {readonly line: number};

export interface TableSpec<S extends ColumnSpecs> {
  columns: S;
  /** A column whose values must be unique. */
  key?: keyof S & string;
}

export interface GeoSpec<S extends ColumnSpecs> {
  /** Feature properties to type-check, e.g. `{LSOA21CD: onsCode("E01")}`. */
  properties: S;
  key: keyof S & string;
  /** The box every coordinate must lie in: a generous one around the region the file covers. */
  bounds: Bounds;
}

export interface SourceFeature<P> {
  type: "Feature";
  properties: P;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

/**
 * Read access to the checked sources folder. Every file is verified against manifest.json
 * (sha256) before it is parsed, and every file read is remembered for the provenance table.
 */
export class Sources {
  readonly dir: string;
  readonly manifest: Manifest;
  private readonly files: SourceFiles;
  private readonly verified = new Map<string, Uint8Array>();

  constructor(dir: string, files: SourceFiles = nodeFiles) {
    if (!files.isDirectory(dir)) {
      throw new SourceError({
        kind: "missing-folder",
        file: dir,
        problem: "the sources folder does not exist",
        fix:
          "put the shared data beside the project (../shared/data/sources) " +
          `or set ${SOURCES_ENV} to the folder that holds manifest.json`
      });
    }
    const manifestPath = join(dir, "manifest.json");
    if (!files.exists(manifestPath)) {
      throw new SourceError({
        kind: "missing-manifest",
        file: manifestPath,
        problem: "the sources folder has no manifest.json",
        fix: `point ${SOURCES_ENV} at the folder that holds manifest.json and the data files`
      });
    }
    this.dir = dir;
    this.files = files;
    this.manifest = parseManifest(decodeText(manifestPath, files.read(manifestPath)), manifestPath);
  }

  entry(path: string): ManifestEntry {
    return findEntry(this.manifest, path);
  }

  /** Entries of every file verified so far, in the order they were first read. */
  used(): ManifestEntry[] {
    return [...this.verified.keys()].map((path) => this.entry(path));
  }

  /** The bytes of a file listed in the manifest, after checking its sha256. */
  bytes(path: string): Uint8Array {
    const cached = this.verified.get(path);
    if (cached) return cached;
    const entry = this.entry(path);
    const full = join(this.dir, path);
    if (!this.files.exists(full)) {
      throw new SourceError({
        kind: "missing-file",
        file: path,
        problem: `missing: "${entry.title}" is not in ${this.dir}`,
        fix: `download it from ${entry.official} (publisher: ${entry.publisher}) and save it as ${full}`
      });
    }
    const bytes = this.files.read(full);
    const actual = sha256(bytes);
    if (actual !== entry.sha256) {
      throw new SourceError({
        kind: "checksum",
        file: path,
        problem: `the file has changed: sha256 is ${actual}, the manifest expects ${entry.sha256}`,
        fix:
          `restore the published copy of "${entry.title}" (${entry.official}), or, if the new edition is intended, ` +
          "update its sha256, rows and columns in manifest.json and review the outputs"
      });
    }
    this.verified.set(path, bytes);
    return bytes;
  }

  text(path: string): string {
    return decodeText(path, this.bytes(path));
  }

  /**
   * Files below `folder` that the manifest does not list, as paths from the sources folder: optional
   * extras a publisher adds (police.uk's monthly archive), none when the folder is absent. They have
   * no checksum to check, so their readers check every row instead.
   */
  unlisted(folder: string): string[] {
    const listed = new Set(this.manifest.entries.map((e) => e.path));
    return this.files
      .list(join(this.dir, folder))
      .map((file) => `${folder}/${file}`)
      .filter((path) => !listed.has(path));
  }

  /** The text of a file `unlisted` found: read as it is (it has no checksum) and not in the provenance table. */
  unlistedText(path: string): string {
    return decodeText(path, this.files.read(join(this.dir, path)));
  }

  /** Parses a CSV (plain or .gz) into typed rows, checking columns, values and key uniqueness. */
  table<S extends ColumnSpecs>(path: string, spec: TableSpec<S>): SourceRow<S>[] {
    const {header, records} = parseCsv(this.text(path));
    const names = Object.keys(spec.columns);
    const index = new Map(header.map((name, i) => [name, i]));
    for (const name of names) {
      if (!index.has(name)) {
        throw new SourceError({
          kind: "missing-column",
          file: path,
          line: 1,
          problem: `column "${name}" is missing (found: ${header.join(", ")})`,
          fix: `use the edition described in manifest.json, whose header has "${name}"`
        });
      }
    }
    const seen = new Map<unknown, number>();
    return records.map(({line, values}) => {
      const row: Record<string, unknown> = {line};
      for (const name of names) {
        const cell = values[index.get(name)!] ?? "";
        const parsed = spec.columns[name].parse(cell);
        if (!parsed.ok) {
          throw new SourceError({
            kind: parsed.problem.includes("ONS code") ? "bad-code" : "not-a-number",
            file: path,
            line,
            problem: `column "${name}": ${parsed.problem}`,
            fix: parsed.fix
          });
        }
        row[name] = parsed.value;
      }
      if (spec.key) this.checkUnique(seen, row[spec.key], spec.key, path, line);
      return row as SourceRow<S>;
    });
  }

  /**
   * Parses a GeoJSON FeatureCollection of polygons, typing and checking the named properties and
   * every coordinate (finite, inside `spec.bounds`, rings closed).
   */
  features<S extends ColumnSpecs>(path: string, spec: GeoSpec<S>): SourceFeature<RowOf<S>>[] {
    const text = this.text(path);
    let json: {features?: unknown};
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new SourceError({
        kind: "bad-json",
        file: path,
        problem: `not valid JSON (${(error as Error).message})`,
        fix: "restore the published copy"
      });
    }
    if (!Array.isArray(json?.features)) {
      throw new SourceError({
        kind: "bad-json",
        file: path,
        problem: "not a GeoJSON FeatureCollection",
        fix: "restore the published copy"
      });
    }
    const lines = featureLines(text, json.features.length);
    const seen = new Map<unknown, number>();
    type RawFeature = {properties?: Record<string, unknown>; geometry?: {type?: string; coordinates?: unknown}};
    return (json.features as RawFeature[]).map((feature, i) => {
      const line = lines[i];
      const properties: Record<string, unknown> = {};
      for (const [name, column] of Object.entries(spec.properties)) {
        const raw = feature.properties?.[name];
        if (raw === undefined) {
          throw new SourceError({
            kind: "missing-column",
            file: path,
            line,
            problem: `feature ${i + 1} has no property "${name}"`,
            fix: "use the edition described in manifest.json"
          });
        }
        const parsed = column.parse(String(raw));
        if (!parsed.ok) {
          throw new SourceError({
            kind: parsed.problem.includes("ONS code") ? "bad-code" : "not-a-number",
            file: path,
            line,
            problem: `feature ${i + 1}, property "${name}": ${parsed.problem}`,
            fix: parsed.fix
          });
        }
        properties[name] = parsed.value;
      }
      const type = feature.geometry?.type;
      if (type !== "Polygon" && type !== "MultiPolygon") {
        throw new SourceError({
          kind: "bad-json",
          file: path,
          line,
          problem: `feature ${i + 1} has geometry ${type ?? "none"}, not a polygon`,
          fix: "restore the published copy"
        });
      }
      const problem = geometryProblem({type, coordinates: feature.geometry!.coordinates}, spec.bounds);
      if (problem) {
        throw new SourceError({
          kind: "bad-geometry",
          file: path,
          line,
          problem: `feature ${i + 1} (${spec.key} ${String(properties[spec.key])}): ${problem}`,
          fix: "restore the published copy: boundaries are GeoJSON polygons in longitude and latitude (WGS 84)"
        });
      }
      this.checkUnique(seen, properties[spec.key], spec.key, path, line);
      return {type: "Feature", properties, geometry: feature.geometry} as SourceFeature<RowOf<S>>;
    });
  }

  private checkUnique(
    seen: Map<unknown, number>,
    value: unknown,
    key: string,
    path: string,
    line: number | undefined
  ): void {
    const first = seen.get(value);
    if (first !== undefined) {
      throw new SourceError({
        kind: "duplicate-key",
        file: path,
        line,
        problem: `${key} "${String(value)}" appears twice (first on line ${first})`,
        fix: "remove the duplicate row; each code must appear once"
      });
    }
    seen.set(value, line ?? 0);
  }
}

/**
 * Line numbers of features in GeoJSON written one feature per line (as ONS and GDAL write it).
 * Falls back to undefined lines when the layout differs, so errors still name the feature.
 */
function featureLines(text: string, count: number): (number | undefined)[] {
  const lines: number[] = [];
  text.split("\n").forEach((l, i) => {
    if (/^\s*\{\s*"type"\s*:\s*"Feature"/.test(l)) lines.push(i + 1);
  });
  return lines.length === count ? lines : new Array(count).fill(undefined);
}
