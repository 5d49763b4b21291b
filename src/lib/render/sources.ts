import {dataTable} from "../../components/dataTable.js";
import type {ProvenanceEntry} from "../../components/sourceLine.js";
import {RATE_DEFINITION_NOTE} from "../summaries/crime.js";
import {drawn, markdownPage} from "./page.js";
import {serverDocument} from "./serverDocument.js";
import {similarMethodMarkdown} from "./similarAreas.js";

/** /sources: every source file with its publisher, licence and checksum, then the methods. */
export function sourcesMarkdown(provenance: readonly (ProvenanceEntry & {sha256: string})[]): string {
  const table = dataTable({
    caption: "Source files",
    summary: "Source files, publishers and licences",
    open: true,
    rows: provenance,
    columns: [
      {label: "Title", value: (d) => d.title},
      {label: "Publisher", value: (d) => d.publisher},
      {label: "Licence", value: (d) => d.licence},
      {label: "Official page", value: (d) => d.official},
      {label: "File", value: (d) => d.file},
      {label: "SHA-256", value: (d) => `${d.sha256.slice(0, 12)}…`}
    ],
    document: serverDocument()
  });
  return markdownPage({title: "Sources and methods", toc: true}, [
    `# Sources and methods

Every number on this site is computed at build time from the files below. Each file is checked
against its published SHA-256 checksum before it is used.`,
    drawn(table),
    `## Methods

- **Neighbourhoods** are Lower layer Super Output Areas (LSOAs, 2021 boundaries). Each LSOA is
  placed in the May 2025 ward that ONS's best-fit lookup gives; LSOAs do not always nest in wards.
- **Area averages** for neighbourhoods (MSOAs), wards, boroughs, the West Midlands and England are the
  mean of their LSOAs' values weighted by the population the IoD2025 counted in each LSOA, so every
  area is made the same way.
- **Recorded crime rates** are the IoD2025 crime domain indicators. ${RATE_DEFINITION_NOTE}`,
    similarMethodMarkdown(),
    `Contains public sector information licensed under the Open Government Licence v3.0. Contains OS data
© Crown copyright and database right.`
  ]);
}
