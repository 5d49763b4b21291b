import {integer, number, onsCode, text, type Sources} from "../sources/index.js";
import {cachedTable} from "./cache.js";
import {SOURCE_PATHS} from "./paths.js";

/** Areas the needs assessments report on: districts, the combined authority, England, England and Wales. */
const area = onsCode("E08", "E47", "E92", "K04");
const source = text({required: true});

/** Figures transcribed from the needs assessments; every row keeps its `source`. */
export function readSna(sources: Sources) {
  return {
    keyFigures: cachedTable(sources, SOURCE_PATHS.keyFigures, {
      columns: {
        id: text({required: true}),
        area_code: area,
        area_name: text({required: true}),
        topic: text({required: true}),
        measure: text({required: true}),
        value: number(),
        unit: text({required: true}),
        period: text({required: true}),
        source
      },
      key: "id"
    }),
    laIndicators: cachedTable(sources, SOURCE_PATHS.laIndicators, {
      columns: {
        indicator: text({required: true}),
        indicator_name: text({required: true}),
        area_code: area,
        area_name: text({required: true}),
        period: text({required: true}),
        value: number(),
        unit: text({required: true}),
        count: number({optional: true}),
        ci_lower: number({optional: true}),
        ci_upper: number({optional: true}),
        source
      }
    }),
    vwiHourOfWeek: cachedTable(sources, SOURCE_PATHS.vwiHourOfWeek, {
      columns: {day: text({required: true}), hour: integer(), value: number(), source}
    }),
    exclusions: cachedTable(sources, SOURCE_PATHS.exclusions, {
      columns: {
        school_group: text({required: true}),
        share_of_schools_pct: number(),
        schools: integer(),
        share_of_permanent_exclusions_pct: number(),
        permanent_exclusions: integer(),
        period: text({required: true}),
        source
      }
    }),
    engagementThemes: cachedTable(sources, SOURCE_PATHS.engagementThemes, {
      columns: {
        id: text({required: true}),
        area_code: area,
        area_name: text({required: true}),
        theme: text({required: true}),
        summary: text({required: true}),
        kind: text({required: true}),
        source
      },
      key: "id"
    }),
    vruFunding: cachedTable(sources, SOURCE_PATHS.vruFunding, {
      columns: {
        police_force_area: text({required: true}),
        home_office_funding_gbp: number(),
        period: text({required: true}),
        source
      },
      key: "police_force_area"
    })
  };
}

export type SnaTables = ReturnType<typeof readSna>;
