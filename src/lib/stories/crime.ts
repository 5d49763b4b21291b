import type {AreaSummary} from "../model/areas.js";

/** Median LSOA rates of the region and England (`<rate>_median`), for the anti-social behaviour caveat. */
export interface RecordingMedians {
  anti_social_behaviour: {region: number | null; england: number | null};
  violence_with_injury: {region: number | null; england: number | null};
}

type Values = Pick<AreaSummary, "values">;

/** The medians the caveat compares, from the region's and England's summaries. */
export function recordingMedians(region: Values, england: Values): RecordingMedians {
  const pair = (key: string) => ({
    region: region.values[`${key}_median`] ?? null,
    england: england.values[`${key}_median`] ?? null
  });
  return {anti_social_behaviour: pair("anti_social_behaviour"), violence_with_injury: pair("violence_with_injury")};
}

/** A borough's violence with injury rate on the two scales the site shows it on. */
export interface ViolenceScales {
  district: string;
  /** IoD2025 rate per 1,000 at-risk population (the site's area summary). */
  iod_rate: number | null;
  /** The needs assessment's figure per 100,000 population, with its period and source. */
  published: {value: number; unit: string; period: string; source: string};
}

/** A needs-assessment key figure (sna/key_figures.csv). */
export interface KeyFigure {
  area_code: string;
  topic: string;
  measure: string;
  value: number;
  unit: string;
  period: string;
  source: string;
}

/**
 * The borough's violence with injury rate from the needs assessments (per 100,000 population), when
 * the sources have one, beside its IoD2025 rate: the two scales a story page shows.
 */
export function violenceScales(
  district: {code: string; name: string},
  iodRate: number | null,
  keyFigures: readonly KeyFigure[]
): ViolenceScales | null {
  const published = keyFigures.find(
    (k) => k.area_code === district.code && k.topic === "violence with injury" && /per 100,000/.test(k.unit)
  );
  if (!published) return null;
  const {value, unit, period, source} = published;
  return {district: district.name, iod_rate: iodRate, published: {value, unit, period, source}};
}
