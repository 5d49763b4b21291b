import {summariseLsoas} from "../model/areas.js";
import {groupBy} from "../model/weighted.js";
import type {LsoaRecord} from "../model/record.js";
import {ageBand, total} from "../model/ages.js";
import type {MsoaInput} from "./compute.js";

type RiskLsoa = Pick<
  LsoaRecord,
  | "lsoa21cd"
  | "msoa21cd"
  | "msoa21nm"
  | "lad25cd"
  | "lad25nm"
  | "population"
  | "iod_population"
  | "violence_with_injury"
  | "public_order_weapons"
  | "idaci_numerator"
  | "cyp_score"
  | "mental_health"
>;

/**
 * The borough holding most of an MSOA's population (ties: the lower code). MSOAs nest in the seven
 * boroughs, so this is normally the only one; the rule keeps the output independent of row order.
 */
function mainDistrict(rows: readonly RiskLsoa[]): RiskLsoa {
  const population = new Map<string, number>();
  for (const r of rows) population.set(r.lad25cd, (population.get(r.lad25cd) ?? 0) + r.population);
  const [code] = [...population].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return rows.find((r) => r.lad25cd === code)!;
}

/**
 * The risk indicators of every MSOA, from its LSOAs and their age counts on 2021 LSOAs. Rates and
 * scores are the site's one area summary (model/areas.ts), so an MSOA here has the values it has
 * everywhere else.
 */
export function msoaInputs(lsoas: readonly RiskLsoa[], ages: ReadonlyMap<string, readonly number[]>): MsoaInput[] {
  const agesOf = (r: RiskLsoa) => {
    const a = ages.get(r.lsoa21cd);
    if (!a)
      throw new Error(`LSOA ${r.lsoa21cd} has no mid-2020 age counts — check the LSOA 2011 → 2021 lookup covers it`);
    return a;
  };
  return [...groupBy(lsoas, (r) => r.msoa21cd)].map(([code, rows]) => {
    const withIdaci = rows.filter((r) => r.idaci_numerator !== null);
    const children = withIdaci.reduce((s, r) => s + ageBand(agesOf(r), 0, 15), 0);
    const residents = rows.reduce((s, r) => s + total(agesOf(r)), 0);
    const district = mainDistrict(rows);
    const summary = summariseLsoas(rows);
    return {
      code,
      name: rows[0].msoa21nm,
      district_code: district.lad25cd,
      district_name: district.lad25nm,
      population: rows.reduce((s, r) => s + r.population, 0),
      values: {
        violence_with_injury: summary.violence_with_injury,
        public_order_weapons: summary.public_order_weapons,
        idaci_rate: children > 0 ? withIdaci.reduce((s, r) => s + (r.idaci_numerator as number), 0) / children : null,
        cyp: summary.cyp_score,
        mental_health: summary.mental_health,
        aged_10_24: residents > 0 ? rows.reduce((s, r) => s + ageBand(agesOf(r), 10, 24), 0) / residents : null
      }
    };
  });
}
