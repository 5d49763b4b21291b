import {DOMAINS} from "./indicators.js";
import {integer, number, onsCode, text, type Sources} from "../sources/index.js";
import {cachedTable} from "./cache.js";
import {SOURCE_PATHS} from "./paths.js";

/** Column prefix of each IoD2025 domain in File 10, in the order of DOMAINS (labels come from there). */
const FILE10_PREFIX: Record<(typeof DOMAINS)[number]["key"], string> = {
  imd: "imd",
  income: "income",
  employment: "employment",
  education: "education_skills_and_training",
  health: "health_deprivation_and_disability",
  crime: "crime",
  housing: "barriers_to_housing_and_services",
  environment: "living_environment"
};

export const DISTRICT_DOMAINS = DOMAINS.map((d) => ({key: FILE10_PREFIX[d.key], label: d.label}));

const PROPORTION = "proportion_of_lso_as_in_most_deprived_10_percent_nationally";

/** IoD2025 File 10 (local authority district summaries) for the seven boroughs. */
export function readDistrictSummaries(sources: Sources) {
  const rows = cachedTable(sources, SOURCE_PATHS.districtSummaries, {
    columns: {
      ltla24_code: onsCode("E06", "E07", "E08", "E09"),
      ltla24_name: text({required: true}),
      imd_average_score: number(),
      imd_rank_of_average_score: integer(),
      imd_rank_of_proportion_of_lso_as_in_most_deprived_10_percent_nationally: integer(),
      imd25_extent: number(),
      imd25_rank_of_extent: integer(),
      imd25_local_concentration: number(),
      imd25_rank_of_local_concentration: integer(),
      ...Object.fromEntries(DISTRICT_DOMAINS.map((d) => [`${d.key}_${PROPORTION}`, number()]))
    },
    key: "ltla24_code"
  });
  return rows.map((r) => {
    const row = r as unknown as Record<string, number | string>;
    return {
      code: r.ltla24_code,
      name: r.ltla24_name,
      imd_average_score: r.imd_average_score,
      imd_rank_of_average_score: r.imd_rank_of_average_score,
      imd_rank_of_most_deprived_10: r.imd_rank_of_proportion_of_lso_as_in_most_deprived_10_percent_nationally,
      extent: r.imd25_extent,
      extent_rank: r.imd25_rank_of_extent,
      local_concentration: r.imd25_local_concentration,
      local_concentration_rank: r.imd25_rank_of_local_concentration,
      most_deprived_10: Object.fromEntries(
        DISTRICT_DOMAINS.map((d) => [d.key, row[`${d.key}_${PROPORTION}`] as number])
      )
    };
  });
}
