import {CRIME_PERIOD} from "../inputs/indicators.js";
import {formatDecimal, formatInteger} from "../format.js";
import type {RecordingMedians, ViolenceScales} from "../stories/crime.js";
import {possessive} from "./words.js";

/** The unit of every IoD2025 crime rate on the site. */
export const RATE_UNIT = "per 1,000 at-risk population";

/** Where the IoD2025 crime rates come from and when, for every sentence that quotes one. */
export const CRIME_RATE_SOURCE = `IoD2025 police recorded crime, over ${CRIME_PERIOD}`;

/**
 * The words of every crime rate figure, so that a story page and a ward page name the same measure
 * the same way: its units line, its axis and column label, and its table's caption.
 */
export const CRIME_RATE_WORDS = {
  units: `Rate ${RATE_UNIT}: ${CRIME_RATE_SOURCE}`,
  label: `Rate ${RATE_UNIT}`,
  caption: `Recorded crime rates ${RATE_UNIT} (IoD2025)`
} as const;

/**
 * How every area's crime rate is made, for a caveat or a figure's units line (it replaces the old
 * "each LSOA counting once" wording, which no longer describes the site).
 */
export const RATE_DEFINITION_NOTE =
  `IoD2025 crime rates are ${RATE_UNIT}, as the Indices define it, over ${CRIME_PERIOD}. Every area's rate ` +
  "(a story's area, its ward, borough, the West Midlands and England) is the mean of its LSOAs' rates weighted by " +
  "the population the IoD2025 counted in each, so all of them are made the same way; a few LSOAs with very high " +
  "rates, such as city centres, can lift an average.";

const rate = (v: number | null) => formatDecimal(v, 1);

/**
 * The anti-social behaviour caveat, from the figures: where the typical West Midlands LSOA records
 * less anti-social behaviour than the typical English one while recording more violence, the gap is
 * more likely to come from how incidents are recorded than from there being less of it.
 */
export function asbCaveatSentence(m: RecordingMedians): string {
  const asb = m.anti_social_behaviour;
  const vwi = m.violence_with_injury;
  if (asb.region === null || asb.england === null || vwi.region === null || vwi.england === null)
    return "Anti-social behaviour rates cannot be compared with England here.";
  const figures =
    `The median West Midlands LSOA records ${rate(asb.region)} anti-social behaviour incidents ${RATE_UNIT}, ` +
    `against ${rate(asb.england)} in the median English LSOA`;
  if (asb.region >= asb.england)
    return `${figures}. Anti-social behaviour is recorded at least as often here as across England.`;
  if (vwi.region <= vwi.england)
    return `${figures}; violence with injury is also lower (${rate(vwi.region)} against ${rate(vwi.england)}).`;
  return (
    `${figures}, while violence with injury runs higher (${rate(vwi.region)} against ${rate(vwi.england)}). ` +
    "Anti-social behaviour sitting below England everywhere while violence sits above suggests a difference in " +
    "how incidents are recorded rather than less anti-social behaviour, so compare its rates between places in " +
    "the West Midlands rather than with England."
  );
}

/**
 * Tells the two scales apart: the needs assessment's rate per 100,000 residents for one year, turned
 * into the same per-1,000 scale, beside the IoD2025 rate per 1,000 at-risk population, with why
 * they differ and why the difference is not a trend.
 */
export function violenceScalesSentence(s: ViolenceScales): string {
  const perThousand = s.published.value / 100;
  return (
    `${possessive(s.district)} violence with injury appears on two scales. The needs assessment's ` +
    `${formatInteger(s.published.value)} ${s.published.unit} in ${s.published.period} is ` +
    `${formatDecimal(perThousand, 1)} per 1,000 residents. The IoD2025 figure, ${rate(s.iod_rate)} ${RATE_UNIT}, ` +
    `counts offences over ${CRIME_PERIOD} against the population the Indices consider at risk, averaged over ` +
    "the borough's neighbourhoods weighted by their population. The two come from different periods and " +
    "denominators, so the gap between them is not a change over time."
  );
}
