import {DOMAINS} from "../inputs/indicators.js";
import {SOURCE_PATHS as P} from "../inputs/paths.js";
import {REGION} from "../model/areas.js";
import type {StoryPageData} from "../stories/assemble.js";
import {STORY_CRIME_RATES, type StoryLsoa} from "../stories/data.js";
import {RATE_DEFINITION_NOTE, RATE_UNIT} from "../summaries/crime.js";
import type {SimilarAreas} from "../wards/similar.js";
import {areaCsv, similarRows, type AreaCsvRow} from "./areaCsv.js";
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
export function storyCsv(data: StoryPageData, similar: SimilarAreas, provenance: readonly ProvenanceRow[]): string {
  const {story, numbers} = data;
  const lsoa = (l: StoryLsoa, measure_key: string, measure: string, value: number | null, unit: string) => ({
    section: "lsoas",
    measure_key,
    measure,
    area_type: "lsoa",
    area_code: l.code,
    area_name: l.name,
    value,
    unit
  });
  const rows: AreaCsvRow[] = [
    ...numbers.lsoas.flatMap((l) => [
      lsoa(l, "imd_decile", "IMD 2025 decile (1 is England's most deprived 10%)", l.imd_decile, "decile"),
      lsoa(l, "imd_rank", "IMD 2025 rank (1 is England's most deprived LSOA)", l.imd_rank, "rank"),
      lsoa(l, "imd_decile_2019", "IMD 2019 decile (LSOAs unchanged since 2011 only)", l.imd_decile_2019, "decile"),
      lsoa(l, "imd_rank_2019", "IMD 2019 rank (LSOAs unchanged since 2011 only)", l.imd_rank_2019, "rank"),
      lsoa(l, "population", "Residents (mid-2024)", l.population, "people"),
      ...STORY_CRIME_RATES.map((r) => lsoa(l, r.key, r.label, l.rates[r.key] ?? null, RATE_UNIT))
    ]),
    ...numbers.comparisons.flatMap((c) => {
      const row = (section: string, measure_key: string, measure: string, unit: string): AreaCsvRow => ({
        section,
        measure_key,
        measure,
        area_type: c.level,
        area_code: c.code ?? null,
        area_name: c.name,
        value: c.values[measure_key] ?? null,
        unit
      });
      return [
        ...DOMAINS.map((d) => row("deprivation_domains", `${d.key}_most_deprived_10`, d.label, SHARE)),
        ...STORY_CRIME_RATES.map((r) => row("crime", r.key, r.label, RATE_UNIT))
      ];
    }),
    ...numbers.age.bands.flatMap((b): AreaCsvRow[] => [
      {
        section: "age",
        measure_key: ageKey(b.band),
        measure: `Share of residents aged ${b.band} (mid-2020)`,
        area_type: "area",
        area_code: null,
        area_name: story.title,
        value: b.area_share,
        unit: "share of residents (0 to 1)"
      },
      {
        section: "age",
        measure_key: ageKey(b.band),
        measure: `Share of residents aged ${b.band} (mid-2020)`,
        area_type: "region",
        area_code: REGION.code,
        area_name: REGION.name,
        value: b.comparison_share,
        unit: "share of residents (0 to 1)"
      }
    ]),
    ...similarRows(similar, {type: "area", code: null, name: story.title})
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
