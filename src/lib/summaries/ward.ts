import {countWord, formatDecimal, formatInteger, formatShare} from "../format.js";
import {CRIME_RATE_SOURCE} from "./crime.js";
import {compareShown, countAlone, possessive} from "./words.js";

export interface ComparedValue {
  label: string;
  ward: number | null;
  district: number | null;
  region: number | null;
}

/** "King's Norton South is one of Birmingham's 69 wards; 11,916 people lived there in mid-2024." */
export function locatorSentence(ward: string, district: string, wardsInDistrict: number, population: number): string {
  return (
    `${ward} is one of ${possessive(district)} ${formatInteger(wardsInDistrict)} wards; ` +
    `${formatInteger(population)} people lived there in mid-2024.`
  );
}

/** On how many measures the ward's share of most deprived LSOAs is above its borough's. */
export function domainSentence(ward: string, district: string, domains: readonly ComparedValue[]): string {
  const known = domains.filter((d) => d.ward !== null && d.district !== null);
  // "Larger" only when the percentages as shown differ, as in the table beside the sentence.
  const above = known.filter((d) => compareShown(d.ward!, d.district!, formatShare) === "higher").length;
  return (
    `On ${countAlone(above)} of the ${countWord(known.length)} IoD2025 measures, ` +
    `a larger share of ${possessive(ward)} neighbourhoods is among England's most deprived 10% than across ${district}.`
  );
}

/** One crime rate for the ward against its borough and the seven boroughs, with its unit, source and period. */
export function rateSentence(ward: string, district: string, row: ComparedValue, unit: string): string {
  if (row.ward === null) return `No ${row.label.toLowerCase()} rate is available for ${ward}.`;
  return (
    `${row.label} was recorded at ${formatDecimal(row.ward, 1)} ${unit} in ${ward}, ` +
    `against ${formatDecimal(row.district, 1)} across ${district} ` +
    `and ${formatDecimal(row.region, 1)} across the seven boroughs (${CRIME_RATE_SOURCE}).`
  );
}

/** Share of residents in one age band, against the borough and the seven boroughs. */
export function ageSentence(ward: string, district: string, row: ComparedValue): string {
  return (
    `In mid-2020, ${formatShare(row.ward)} of ${possessive(ward)} residents were aged ${row.label}, ` +
    `against ${formatShare(row.district)} across ${district} and ${formatShare(row.region)} across the seven boroughs.`
  );
}

/** The risk index ranks of the MSOAs a ward overlaps. */
export function riskSentence(
  ward: string,
  msoas: readonly {name: string; rank: number; top10: number}[],
  total: number
): string {
  if (msoas.length === 0) return `${ward} overlaps no ranked neighbourhood.`;
  const top = msoas.filter((m) => m.top10).length;
  const best = [...msoas].sort((a, b) => a.rank - b.rank)[0];
  const lead =
    `${ward} overlaps ${countWord(msoas.length)} ` +
    `${msoas.length === 1 ? "neighbourhood (MSOA)" : "neighbourhoods (MSOAs)"}`;
  const topText = top
    ? `${countWord(top)} ${top === 1 ? "is" : "are"} in the top 10% of the risk index`
    : "none is in the top 10% of the risk index";
  return `${lead}; ${
    msoas.length === 1
      ? top
        ? "it is in the top 10% of the risk index"
        : "it is not in the top 10% of the risk index"
      : topText
  }. The highest ranked is ${best.name}, ${formatInteger(best.rank)} of ${formatInteger(total)}.`.replace(/^./, (c) =>
    c.toUpperCase()
  );
}
