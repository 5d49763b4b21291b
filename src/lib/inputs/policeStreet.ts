import {onsCode, parseCsv, SourceError, type Sources} from "../sources/index.js";
import {closest} from "../util/suggest.js";

/**
 * Where a publisher puts police.uk's monthly street-level files, below the sources folder: the
 * archive's own folders (`2025-01/2025-01-west-midlands-street.csv`) or the files side by side.
 * The files are optional and not in manifest.json: without them the site has no monthly crime.
 */
export const POLICE_STREET_FOLDER = "police/street";

/** The force whose files the site reads: its name in the archive's file names and in "Falls within". */
export const POLICE_FORCE = {slug: "west-midlands", name: "West Midlands Police"} as const;

/** The files as a source line names them: they are not in manifest.json, so not in its provenance table. */
export const POLICE_STREET_SOURCE = {
  file: POLICE_STREET_FOLDER,
  title: "Street-level crime, monthly archive",
  publisher: "Home Office / West Midlands Police (data.police.uk)",
  licence: "Open Government Licence v3.0",
  official: "https://data.police.uk/data/"
} as const;

/** The archive's crime types (data.police.uk/about), in its order. */
export const CRIME_TYPES = [
  "Anti-social behaviour",
  "Bicycle theft",
  "Burglary",
  "Criminal damage and arson",
  "Drugs",
  "Other theft",
  "Possession of weapons",
  "Public order",
  "Robbery",
  "Shoplifting",
  "Theft from the person",
  "Vehicle crime",
  "Violence and sexual offences",
  "Other crime"
] as const;
export type CrimeType = (typeof CRIME_TYPES)[number];

/** The columns the reader uses; a street file has these and others (Crime ID, Location, Context…). */
const USED_COLUMNS = ["Month", "Falls within", "LSOA code", "Crime type"] as const;

/** `YYYY-MM-<force>-street.csv`, in a folder or not. */
const STREET_FILE = /(?:^|\/)(\d{4}-(?:0[1-9]|1[0-2]))-([a-z-]+?)-street\.csv$/;
/** The archive's other files, which the site does not read. */
const OTHER_ARCHIVE_FILE = /-(outcomes|stop-and-search)\.csv$/;

/** One month's street-level file, counted: crimes by LSOA code (as the file writes it) and crime type. */
export interface StreetMonth {
  /** The file, from the sources folder. */
  path: string;
  /** "2025-01". */
  month: string;
  /** Crimes by `${lsoaCode}\t${crimeType}`; the LSOA code is 2011 or 2021, as that month's file has it. */
  counts: ReadonlyMap<string, number>;
  /** Crimes the file gives no LSOA for (police.uk could not place them). */
  unlocated: number;
}

const LSOA_CODE = onsCode("E01", "W01");
const KNOWN_TYPES = new Set<string>(CRIME_TYPES);

/** The key of `StreetMonth.counts`. */
export const countKey = (lsoa: string, type: string) => `${lsoa}\t${type}`;

/**
 * The street-level files in the sources folder, oldest month first. A CSV that is not a street file
 * of the force, or a second file for a month, is a SourceError naming the file and the fix.
 */
export function streetFiles(sources: Sources): {path: string; month: string}[] {
  const files = sources
    .unlisted(POLICE_STREET_FOLDER)
    .filter((path) => path.endsWith(".csv") && !OTHER_ARCHIVE_FILE.test(path));
  const months = new Map<string, string>();
  for (const path of files) {
    const match = STREET_FILE.exec(path);
    if (!match) {
      throw new SourceError({
        kind: "unexpected-file",
        file: path,
        problem: "not a police.uk street-level file: its name should be YYYY-MM-<force>-street.csv",
        fix:
          `keep the archive's file names (such as 2025-01-${POLICE_FORCE.slug}-street.csv), ` +
          `or move the file out of ${POLICE_STREET_FOLDER}`
      });
    }
    const [, month, force] = match;
    if (force !== POLICE_FORCE.slug) {
      throw new SourceError({
        kind: "other-force",
        file: path,
        problem: `the file is from another force (${force}): the site reads ${POLICE_FORCE.name} only`,
        fix: `remove it, and download the archive with "${POLICE_FORCE.name}" ticked (docs/data.md)`
      });
    }
    const other = months.get(month);
    if (other) {
      throw new SourceError({
        kind: "duplicate-key",
        file: path,
        problem: `a second street-level file for ${month} (the first is ${other})`,
        fix: "keep one file per month: remove the older download"
      });
    }
    months.set(month, path);
  }
  return [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, path]) => ({month, path}));
}

/**
 * Counts one month's file by LSOA and crime type, checking every row: the month of its name, the
 * force, an LSOA code or none, a crime type of the archive. Any other row is a SourceError at its line.
 */
export function readStreetMonth(path: string, month: string, text: string): StreetMonth {
  const {header, records} = parseCsv(text);
  const index = Object.fromEntries(
    USED_COLUMNS.map((name) => {
      const i = header.indexOf(name);
      if (i < 0) {
        throw new SourceError({
          kind: "missing-column",
          file: path,
          line: 1,
          problem: `column "${name}" is missing (found: ${header.join(", ") || "no header"})`,
          fix: "use the file as data.police.uk's archive writes it (docs/data.md), whose header has it"
        });
      }
      return [name, i];
    })
  ) as Record<(typeof USED_COLUMNS)[number], number>;
  type Kind = "bad-code" | "missing-column" | "other-force";
  const fail = (line: number, problem: string, fix: string, kind: Kind = "bad-code") => {
    throw new SourceError({kind, file: path, line, problem, fix});
  };
  const counts = new Map<string, number>();
  let unlocated = 0;
  for (const {line, values} of records) {
    if (values.length !== header.length)
      fail(
        line,
        `the row has ${values.length} fields, the header ${header.length}`,
        "restore the downloaded file: the row was cut or edited",
        "missing-column"
      );
    const rowMonth = values[index.Month];
    if (rowMonth !== month)
      fail(line, `the row is for "${rowMonth}", the file for ${month}`, "keep each month's file as downloaded");
    const force = values[index["Falls within"]];
    if (force !== POLICE_FORCE.name)
      fail(
        line,
        `the row is from another force ("${force}"): the site reads ${POLICE_FORCE.name} only`,
        `download ${POLICE_FORCE.name}'s files only (docs/data.md)`,
        "other-force"
      );
    const type = values[index["Crime type"]];
    if (!KNOWN_TYPES.has(type)) {
      const near = closest(type, CRIME_TYPES);
      fail(
        line,
        `"${type}" is not a police.uk crime type${near ? ` (did you mean "${near}"?)` : ""}`,
        "restore the downloaded file"
      );
    }
    const code = values[index["LSOA code"]].trim();
    if (code === "") {
      unlocated++;
      continue;
    }
    const parsed = LSOA_CODE.parse(code);
    if (!parsed.ok) fail(line, `column "LSOA code": ${parsed.problem}`, parsed.fix);
    const key = countKey(code, type);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return {path, month, counts, unlocated};
}

/** Every street-level file in the sources folder, each read and counted (none: an empty list). */
export function readStreetMonths(sources: Sources): StreetMonth[] {
  return streetFiles(sources).map(({path, month}) => readStreetMonth(path, month, sources.unlistedText(path)));
}
