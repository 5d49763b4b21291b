import {sourceLine, type ProvenanceEntry} from "../../components/sourceLine.js";
import {SOURCE_PATHS as P} from "../inputs/paths.js";
import type {StoryPageData} from "../stories/assemble.js";
import {recordingMedians, violenceScales, type RecordingMedians, type ViolenceScales} from "../stories/crime.js";
import {storyTopology, type StoryTopology} from "../stories/geometry.js";
import {serverDocument} from "./serverDocument.js";

/** A source file as the page's provenance table and source lines list it. */
export interface SourceFile {
  path: string;
  title: string;
  publisher: string;
  licence: string;
  official: string;
}

/** What every figure of a story page is drawn from, computed once per page. */
export interface StoryFigureContext {
  data: StoryPageData;
  /** The story's shapes (objects lsoa, ward, district), as its maps draw them. */
  topology: StoryTopology;
  provenance: readonly ProvenanceEntry[];
  /** Median LSOA rates of the region and England: the figures behind the anti-social behaviour caveat. */
  recording: RecordingMedians;
  /** The borough's violence with injury rate on the needs assessment's scale and the IoD2025's, or null. */
  violenceScales: ViolenceScales | null;
  /** The server-side document the figures are drawn in. */
  document: Document;
}

export function storyFigureContext(data: StoryPageData, files: readonly SourceFile[]): StoryFigureContext {
  const {comparisons} = data.numbers;
  const level = (name: string) => comparisons.find((c) => c.level === name)!;
  // The story's own borough: an area on a boundary is compared with each borough it touches.
  const district = comparisons.find((c) => c.level === "district" && c.name === data.district.name)!;
  return {
    data,
    topology: storyTopology(data.geometry),
    provenance: files.map(({path, title, publisher, licence, official}) => ({
      file: path,
      title,
      publisher,
      licence,
      official
    })),
    recording: recordingMedians(level("region"), level("england")),
    violenceScales: violenceScales(data.district, district.values.violence_with_injury ?? null, data.keyFigures),
    document: serverDocument()
  };
}

/** The source files behind each kind of figure, as its source line names them. */
export const FIGURE_SOURCES = {
  imd: [P.domains, P.wardLookup, P.lsoaBoundaries, P.wardBoundaries],
  names: [P.msoaNames, P.lookup],
  age: [P.ageLsoa11, P.lsoa11To21, P.lookup],
  england: [P.domainsEngland],
  crime: [P.indicators, P.indicatorsEngland, P.lookup],
  change: [P.iod2019Domains, P.lsoa11To21, P.domains],
  boroughIndicators: [P.laIndicators]
};

/** The source line of a figure: each file's title, publisher and licence, linked to its official page. */
export function figureSource({provenance, document}: StoryFigureContext, files: readonly string[]): HTMLElement {
  return sourceLine(provenance, files, {document});
}
