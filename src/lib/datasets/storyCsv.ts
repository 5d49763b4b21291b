import {DOMAINS} from "../inputs/indicators.js";
import {SOURCE_PATHS as P} from "../inputs/paths.js";
import {REGION} from "../model/areas.js";
import type {StoryPageData} from "../stories/assemble.js";
import {STORY_CRIME_RATES} from "../stories/data.js";
import {RATE_DEFINITION_NOTE, RATE_UNIT} from "../summaries/crime.js";
import type {SimilarAreas} from "../wards/similar.js";
import {areaCsv, lsoaRows, rowMaker, similarRows, type AreaCsvRow, type CsvArea} from "./areaCsv.js";
import type {ProvenanceRow} from "./provenance.js";

/** The files a story's numbers are made from (its maps' boundaries and the needs assessments aside). */
export const STORY_CSV_SOURCES = [
  ...[P.domains, P.indicators, P.domainsEngland, P.indicatorsEngland, P.lookup, P.wardLookup, P.msoaNames],
  ...[P.ageLsoa11, P.lsoa11To21, P.iod2019Domains]
];

const SHARE = "share of LSOAs (0 to 1)";

/** "0–4" → "aged_0_4", "75+" → "aged_75_plus". */
const ageKey = (band: string) => `aged_${band.replace(/\+$/, "_plus").replace(/[^a-z0-9]+/gi, "_")}`;

/** The data behind a story's figures (its area, LSOAs, comparisons, ages, similar wards) as its CSV download. */
export function storyCsv(
  data: Pick<StoryPageData, "story" | "numbers">,
  similar: SimilarAreas,
  provenance: readonly ProvenanceRow[]
): string {
  const {story, numbers} = data;
  const area: CsvArea = {type: "area", code: null, name: story.title};
  const rows: AreaCsvRow[] = [
    ...numbers.lsoas.flatMap((l) => {
      const {row, rows} = lsoaRows(l);
      return [
        ...rows,
        row("imd_decile_2019", "IMD 2019 decile (LSOAs unchanged since 2011 only)", l.imd_decile_2019, "decile"),
        row("imd_rank_2019", "IMD 2019 rank (LSOAs unchanged since 2011 only)", l.imd_rank_2019, "rank"),
        ...STORY_CRIME_RATES.map((r) => row(r.key, r.label, l.rates[r.key] ?? null, RATE_UNIT))
      ];
    }),
    ...numbers.comparisons.flatMap((c) => {
      const at = {type: c.level, code: c.code ?? null, name: c.name};
      const domains = rowMaker("deprivation_domains", at);
      const crime = rowMaker("crime", at);
      return [
        ...DOMAINS.map((d) => {
          const key = `${d.key}_most_deprived_10`;
          return domains(key, d.label, c.values[key] ?? null, SHARE);
        }),
        ...STORY_CRIME_RATES.map((r) => crime(r.key, r.label, c.values[r.key] ?? null, RATE_UNIT))
      ];
    }),
    ...numbers.age.bands.flatMap((b) => {
      const measure = `Share of residents aged ${b.band} (mid-2020)`;
      const unit = "share of residents (0 to 1)";
      return [
        rowMaker("age", area)(ageKey(b.band), measure, b.area_share, unit),
        rowMaker("age", {type: "region", ...REGION})(ageKey(b.band), measure, b.comparison_share, unit)
      ];
    }),
    ...similarRows(similar, area)
  ];
  return areaCsv(
    {
      title: `Story map: ${story.title}, ${story.borough}. West Midlands story maps.`,
      notes: [
        `The story's area is ${numbers.lsoas.length} LSOAs (2021): ${numbers.lsoas.map((l) => l.code).join(" ")}.`,
        "Each row is one value the story shows: its section, measure, the area it describes, the value and unit.",
        RATE_DEFINITION_NOTE
      ],
      rows,
      files: STORY_CSV_SOURCES
    },
    provenance
  );
}
