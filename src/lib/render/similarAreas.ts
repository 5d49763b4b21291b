import {hyperscript} from "../../components/dom.js";
import {countWord, formatDecimal} from "../format.js";
import {RATE_UNIT} from "../summaries/crime.js";
import {SIMILAR_BASIS, similarSentence} from "../summaries/similar.js";
import {MATCHING_MEASURES, SIMILAR_COUNT, type ComparedMeasures, type SimilarAreas} from "../wards/similar.js";
import {serverDocument} from "./serverDocument.js";

/** Where the method is described: the sources and methods page's section (render/sources.ts). */
export const SIMILAR_METHOD_ANCHOR = "sources#similar-areas";

export interface SimilarAreasOptions {
  /** The area as the sentence names it: "Aston", "the area". */
  name: string;
  /** The area's own row in the table: "Aston (this ward)". */
  label: string;
  /** The path from the page to the site's root ("../"): ward links and the method link start here. */
  root: string;
}

const oneDecimal = (v: number | null) => (v === null ? "–" : formatDecimal(v, 1));

/**
 * "Areas like this one": a sentence on how the area's violence rate and deprivation compare with the
 * wards most like it, and a table of them (each linked to its profile) with the area on the first
 * row. A table with links, so it stays in the page for Framework's passes (it is small).
 */
export function similarAreasBlock(similar: SimilarAreas, {name, label, root}: SimilarAreasOptions): HTMLElement {
  const h = hyperscript(serverDocument());
  const caption = `The wards of the seven boroughs most like ${name} ${SIMILAR_BASIS}`;
  const cells = (values: ComparedMeasures) => [
    h("td", {class: "numeric"}, oneDecimal(values.imd_score)),
    h("td", {class: "numeric"}, oneDecimal(values.violence_with_injury))
  ];
  const head = ["Ward", "Borough", "Distance (0 is identical)", "IMD 2025 score", `Violence with injury ${RATE_UNIT}`];
  const table = h(
    "div",
    {class: "data-table-scroll", tabindex: 0, role: "region", "aria-label": caption},
    h(
      "table",
      {},
      h("caption", {}, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          head.map((text, i) => h("th", {scope: "col", class: i >= 2 ? "numeric" : null}, text))
        )
      ),
      h(
        "tbody",
        {},
        h(
          "tr",
          {class: "wm-similar-self"},
          h("th", {scope: "row"}, label),
          h("td", {}, "–"),
          h("td", {}, "–"),
          cells(similar.area)
        ),
        similar.wards.map((w) =>
          h(
            "tr",
            {},
            h("th", {scope: "row"}, h("a", {href: `${root}wards/${w.slug}`}, w.name)),
            h("td", {}, w.district_name),
            h("td", {class: "numeric"}, formatDecimal(w.distance, 2)),
            cells(w)
          )
        )
      )
    )
  );
  return h(
    "div",
    {class: "wm-similar"},
    h("p", {class: "wm-figure-summary"}, similarSentence(name, similar)),
    table,
    h(
      "p",
      {class: "wm-figure-source"},
      "Similar means close on six IoD2025 domain scores (all but Crime) and four age bands, each standardised " +
        "across the seven boroughs' wards; England-wide files have no ward lookup or ages, so the comparison stays " +
        "within the seven boroughs. ",
      h("a", {href: `${root}${SIMILAR_METHOD_ANCHOR}`}, "How similar areas are chosen"),
      "."
    )
  );
}

/** The link to a page's CSV download, with what the file holds. */
export function downloadBlock(href: string, what: string): HTMLElement {
  const h = hyperscript(serverDocument());
  return h(
    "p",
    {class: "wm-download"},
    h("a", {download: "", href}, `Download the data behind ${what} (CSV)`),
    ". One row per value: the section of the page, the measure, the area it describes, the value and its unit. " +
      "The lines before the table start with # and name each source file with its publisher, licence, official " +
      "page and checksum."
  );
}

/** The method, for the sources and methods page: its heading gives the anchor SIMILAR_METHOD_ANCHOR. */
export function similarMethodMarkdown(): string {
  const measures = MATCHING_MEASURES.map((m) => `  - ${m.label}`).join("\n");
  return `## Similar areas

Ward profiles and stories list the ${countWord(SIMILAR_COUNT)} wards of the seven boroughs most like the ward or
the story's area. Each area is described by ten measures, each made as every area value on the site is (the
mean of its LSOAs' values weighted by the population the IoD2025 counted in each; age shares from the mid-2020
estimates on 2021 LSOAs):

${measures}

Each measure is standardised across the region's wards (its mean taken away, then divided by its standard
deviation), so that every measure counts the same whatever its unit, and the similarity of two areas is the
Euclidean distance between their standardised measures: 0 means identical. A story's area is standardised with
the wards' means and deviations. The Crime domain is left out of the measure on purpose, so that the similar
wards are alike in the circumstances that go with crime, not in crime itself, and the comparison of violence
with injury rates that follows says something; the IMD is left out because it is made of the domains. The
wards an area lies in are left out of its list (a ward is not its own match; a story's area is compared with its
own wards elsewhere on its page).

The comparison stays within the seven boroughs. The England-wide IoD2025 files give LSOAs only, and the ward
lookup and the age estimates this site holds cover only the seven boroughs, so wards elsewhere in England cannot
be described the same way.`;
}
