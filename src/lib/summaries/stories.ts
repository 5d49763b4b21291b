import {countWord, formatDecimal, formatInteger, formatShare} from "../format.js";
import {CRIME_RATE_SOURCE, RATE_UNIT} from "./crime.js";
import {capitalise as capital, compareShown, countAlone, listOf, plural, possessive, SMALL_BASE} from "./words.js";

/** "Three Estates: eight LSOAs in King's Norton South ward, Birmingham, home to 11,916 people in mid-2024." */
export function locatorSentence(
  place: string,
  district: string,
  lsoaCount: number,
  wards: readonly string[],
  population: number
): string {
  const wardText = wards.length === 1 ? `${wards[0]} ward` : `${countWord(wards.length)} wards (${wards.join(", ")})`;
  return (
    `${place}: ${plural(lsoaCount, "LSOA", "LSOAs")} in ${wardText}, ${district}, ` +
    `home to ${formatInteger(population)} people in mid-2024.`
  );
}

/** "The area is made of six LSOAs in Heath Town ward, covering the neighbourhood of Heath Town." */
export function areaSentence(lsoaCount: number, wards: readonly string[], neighbourhoods: readonly string[]): string {
  const wardText = wards.length === 1 ? `${wards[0]} ward` : `${countWord(wards.length)} wards`;
  const names =
    neighbourhoods.length === 1
      ? `the neighbourhood of ${neighbourhoods[0]}`
      : `${countWord(neighbourhoods.length)} neighbourhoods: ` +
        `${neighbourhoods.slice(0, -1).join(", ")} and ${neighbourhoods.at(-1)}`;
  return `The area is made of ${plural(lsoaCount, "LSOA", "LSOAs")} in ${wardText}, covering ${names}.`;
}

/** "The map marks two named places: Pool Farm and Primrose Hill." (empty when it marks none) */
export function placesSentence(names: readonly string[]): string {
  if (!names.length) return "";
  return `The map marks ${plural(names.length, "named place", "named places")}: ${listOf(names)}.`;
}

export interface AgeShares {
  under_18_share: number;
  under_25_share: number;
  comparison_under_18_share: number;
  comparison_under_25_share: number;
}

/**
 * Under-18 and under-25 shares against the comparison area. The comparison word follows the
 * percentages as shown: two shares that round alike are "the same as", never "more than".
 */
export function ageSentence(age: AgeShares, comparison: string): string {
  const word = {same: "the same share as", higher: "a higher share than", lower: "a lower share than"}[
    compareShown(age.under_18_share, age.comparison_under_18_share, formatShare)
  ];
  return (
    `${formatShare(age.under_18_share)} were under 18, ` +
    `${word} across ${comparison} (${formatShare(age.comparison_under_18_share)}), and ` +
    `${formatShare(age.under_25_share)} under 25 ` +
    `(${formatShare(age.comparison_under_25_share)} across ${comparison}).`
  );
}

/**
 * Population (mid-2024) first, then the age shares, which come from another base (the mid-2020
 * estimates, the newest by single year of age): both bases are stated, so a total and a share are
 * never read as one.
 */
export function peopleSentence(population: number, age: AgeShares & {area_total: number}, comparison: string): string {
  return (
    `${formatInteger(population)} people lived in the area in mid-2024. ` +
    `Shares by age are of the ${formatInteger(age.area_total)} residents in the mid-2020 estimates, ` +
    `the newest by age: ${ageSentence(age, comparison)}`
  );
}

export interface DomainShare {
  domain: string;
  level: string;
  area: string;
  share: number | null;
  /** LSOAs in decile 1 and LSOAs with a decile, where known (domainProfile gives both). */
  count?: number | null;
  base?: number | null;
}

/** "4 of 6 LSOAs, 67%" for a small base, "12%" for a large one. */
function shareText(row: DomainShare): string {
  if (row.count === null || row.count === undefined || !row.base) return formatShare(row.share);
  return row.base < SMALL_BASE
    ? `${formatInteger(row.count)} of ${formatInteger(row.base)} LSOAs, ${formatShare(row.share)}`
    : formatShare(row.share);
}

/**
 * Which domains concentrate deprivation in the area, measured against the district. A domain counts
 * as higher only when its percentage, as shown, is higher; domains that share the top share are all
 * named; small bases carry their counts.
 */
export function domainSentence(rows: readonly DomainShare[]): string {
  const areaRows = rows.filter(
    (r) => r.level === "area" && r.domain !== "Index of Multiple Deprivation" && r.share !== null
  );
  if (areaRows.length === 0) return "No domain deciles are available for the area.";
  const district = rows.find((r) => r.level === "district")?.area ?? "the district";
  const higher = areaRows.filter((a) => {
    const d = rows.find((r) => r.level === "district" && r.domain === a.domain);
    return d?.share !== null && d?.share !== undefined && compareShown(a.share!, d.share, formatShare) === "higher";
  });
  const topShare = Math.max(...areaRows.map((r) => r.share!));
  const top = areaRows.filter((r) => formatShare(r.share) === formatShare(topShare));
  const lead =
    `On ${countAlone(higher.length)} of the ${countWord(areaRows.length)} domains, ` +
    `a larger share of the area's LSOAs is in England's most deprived 10% than in ${district}`;
  if (topShare <= 0) return `${lead}.`;
  const share = shareText(top[0]);
  if (top.length === 1) return `${lead}; the highest share is ${top[0].domain.toLowerCase()} (${share}).`;
  if (top.length === areaRows.length) return `${lead}; the share is the same on all of them (${share}).`;
  // Semicolons, because domain names hold commas and "and" ("Education, skills and training").
  const names = top.map((r) => r.domain.toLowerCase());
  return `${lead}; the highest share (${share}) is on ${countWord(top.length)} domains: ${names.join("; ")}.`;
}

export interface DecileChange {
  imd_decile: number | null;
  imd_decile_2019: number | null;
}

/** The LSOAs that kept their boundary, by how their decile moved between IoD2019 and IoD2025. */
function decileMoves<T extends DecileChange>(rows: readonly T[]): {pairs: T[]; more: T[]; less: T[]; same: T[]} {
  const pairs = rows.filter((r) => r.imd_decile !== null && r.imd_decile_2019 !== null);
  return {
    pairs,
    more: pairs.filter((r) => r.imd_decile! < r.imd_decile_2019!),
    less: pairs.filter((r) => r.imd_decile! > r.imd_decile_2019!),
    same: pairs.filter((r) => r.imd_decile === r.imd_decile_2019)
  };
}

const NO_UNCHANGED_LSOA = "None of the area's LSOAs kept its 2011 boundary, so no change since IoD2019 can be shown.";

/** How deciles moved between IoD2019 and IoD2025, for LSOAs whose boundaries did not change. */
export function changeSentence(rows: readonly DecileChange[]): string {
  const {pairs, more, less, same} = decileMoves(rows);
  if (pairs.length === 0) return NO_UNCHANGED_LSOA;
  return (
    `Of the ${plural(pairs.length, "LSOA", "LSOAs")} with unchanged boundaries, ` +
    `${countAlone(more.length)} moved to a more deprived decile between IoD2019 and IoD2025, ` +
    `${countAlone(less.length)} to a less deprived one, and ${countAlone(same.length)} stayed in the same decile.`
  );
}

/** Names listed in a sentence up to this many; more are counted, and the table names them. */
const NAMED_MOVES = 6;

/**
 * Where the maps of the two editions differ: the LSOAs whose decile moved, by name. A story shows
 * these maps beside the chart whose sentence counts the moves (changeSentence), so this one names them.
 */
export function changeWhereSentence(rows: readonly (DecileChange & {name: string})[]): string {
  const {pairs, more, less, same} = decileMoves(rows);
  if (pairs.length === 0) return NO_UNCHANGED_LSOA;
  if (same.length === pairs.length)
    return pairs.length === 1
      ? "The two maps shade the one LSOA alike: its decile did not change."
      : `The two maps shade ${pairs.length === 2 ? "both LSOAs" : `all ${plural(pairs.length, "LSOA", "LSOAs")}`} ` +
          "alike: none changed decile.";
  const named = (moved: readonly {name: string}[]) =>
    moved.length > NAMED_MOVES
      ? `${plural(moved.length, "LSOA", "LSOAs")} (named in the table)`
      : listOf(moved.map((r) => r.name).sort((a, b) => a.localeCompare(b, "en-GB", {numeric: true})));
  const moves = [
    less.length && `${named(less)} moved to a less deprived decile`,
    more.length && `${named(more)} moved to a more deprived decile`
  ].filter(Boolean);
  const rest = same.length ? `; the other ${countWord(same.length)} stayed in the same decile` : "";
  return `Between the two maps, ${moves.join(", and ")}${rest}.`;
}

export interface RateRow {
  measure: string;
  level: string;
  area: string;
  rate: number | null;
}

/**
 * The first measure's rate in the area against its district and England, with its unit, source and
 * reference period. The ratio to England is given as shown (one decimal); rates within 5% are
 * "close to England's".
 */
export function crimeSentence(rows: readonly RateRow[]): string {
  const measure = rows[0]?.measure;
  const of = (level: string) => rows.find((r) => r.measure === measure && r.level === level);
  const area = of("area");
  const district = of("district");
  const england = of("england");
  if (!area || area.rate === null)
    return `No ${String(measure ?? "crime").toLowerCase()} rate is available for the area.`;
  const ratio = england?.rate ? area.rate / england.rate : null;
  const times =
    ratio === null
      ? ""
      : ratio >= 1.05
        ? `; the area's rate is ${formatDecimal(ratio, 1)} times England's`
        : ratio <= 0.95
          ? "; the area's rate is below England's"
          : "; the area's rate is close to England's";
  return (
    `${capital(measure.toLowerCase())} was recorded at ${formatDecimal(area.rate, 1)} ${RATE_UNIT} ` +
    `in the area, against ${formatDecimal(district?.rate, 1)} in ${district?.area ?? "the district"} ` +
    `and ${formatDecimal(england?.rate, 1)} in England (${CRIME_RATE_SOURCE})${times}.`
  );
}

/** Count of borough figures from the needs assessments. */
export function boroughSentence(borough: string, figures: number, indicators: number): string {
  if (figures + indicators === 0) return `The needs assessments in the sources publish no figures for ${borough}.`;
  return (
    `The needs assessments publish ${plural(figures, "key figure", "key figures")} ` +
    `and ${plural(indicators, "risk-factor indicator", "risk-factor indicators")} for ${borough}; ` +
    "they describe the whole borough, not the neighbourhood."
  );
}

/** What the voices section holds: consented quotes, summarised themes, or nothing yet. */
export function voicesSentence(voices: number, themes: number, borough: string): string {
  if (voices > 0)
    return `${capital(plural(voices, "resident's words", "residents' words"))}, published with their consent.`;
  if (themes > 0)
    return (
      "No consented quotes from residents have been collected for this story; " +
      `${plural(themes, "theme", "themes")} summarised from ${possessive(borough)} engagement events are shown instead.`
    );
  return "No consented quotes from residents and no summarised engagement themes are available for this place yet.";
}
