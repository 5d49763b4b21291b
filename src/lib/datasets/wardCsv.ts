import {SOURCE_PATHS as P} from "../inputs/paths.js";
import {ENGLAND, REGION} from "../model/areas.js";
import {RISK_INDICATORS} from "../risk/indicators.js";
import {RATE_DEFINITION_NOTE, RATE_UNIT} from "../summaries/crime.js";
import type {Compared, WardProfile} from "../wards/profile.js";
import {areaCsv, lsoaRows, rowMaker, similarRows, type AreaCsvRow, type CsvArea} from "./areaCsv.js";
import type {ProvenanceRow} from "./provenance.js";

/** The files a ward profile's numbers are made from (its maps' boundaries aside). */
export const WARD_CSV_SOURCES = [
  ...new Set([
    ...[P.domains, P.indicators, P.domainsEngland, P.indicatorsEngland, P.lookup, P.wardLookup, P.msoaNames],
    ...[P.ageLsoa11, P.lsoa11To21],
    ...RISK_INDICATORS.flatMap((i) => i.sources)
  ])
];

type Series = "ward" | "district" | "region" | "england";

/** One row per measure and area of a comparison table (ward, borough, region, England). */
function comparedRows(ward: WardProfile, section: string, rows: readonly Compared[], unit: string, key = "") {
  const areas: {series: Series; area: CsvArea}[] = [
    {series: "ward", area: {type: "ward", code: ward.code, name: ward.name}},
    {series: "district", area: {type: "district", code: ward.district_code, name: ward.district_name}},
    {series: "region", area: {type: "region", ...REGION}},
    {series: "england", area: {type: "england", ...ENGLAND}}
  ];
  return rows.flatMap((r) =>
    areas
      .filter(({series}) => r[series] !== undefined)
      .map(({series, area}) => rowMaker(section, area)(`${r.key}${key}`, r.label, r[series] ?? null, unit))
  );
}

/** The data behind a ward profile, as the page's CSV download. */
export function wardCsv(ward: WardProfile, provenance: readonly ProvenanceRow[]): string {
  const ages = ward.ages.map((a) => ({...a, key: `aged_${a.key.replace(/\W+/g, "_")}`}));
  const rows: AreaCsvRow[] = [
    ...ward.lsoas.flatMap((l) => {
      const {row, rows} = lsoaRows(l);
      return [...rows, row("imd_score", "IMD 2025 score", l.imd_score, "score")];
    }),
    ...comparedRows(ward, "deprivation_domains", ward.domains, "share of LSOAs (0 to 1)", "_most_deprived_10"),
    ...comparedRows(ward, "crime", ward.crime, RATE_UNIT),
    ...comparedRows(ward, "age", ages, "share of residents (0 to 1)"),
    ...ward.msoas.flatMap((m) => {
      const row = rowMaker("risk_index", {type: "msoa", code: m.code, name: m.name});
      return [
        row("risk_rank", `Risk index rank (of ${ward.risk_msoas})`, m.rank, "rank"),
        row("risk_top10", "In the risk index's top 10% (1 yes, 0 no)", m.top10, "flag"),
        row("lsoas_in_ward", "LSOAs of the neighbourhood in this ward", m.lsoas_in_ward, "LSOAs")
      ];
    }),
    ...similarRows(ward.similar, {type: "ward", code: ward.code, name: ward.name})
  ];
  return areaCsv(
    {
      title: `Ward profile: ${ward.name}, ${ward.district_name} (${ward.code}). West Midlands story maps.`,
      notes: [
        "Each row is one value the ward's page shows: its section, measure, the area it describes, the value and unit.",
        RATE_DEFINITION_NOTE,
        "Age shares are of ONS mid-2020 estimates moved onto 2021 LSOAs; residents are ONS mid-2024 estimates."
      ],
      rows,
      files: WARD_CSV_SOURCES
    },
    provenance
  );
}
