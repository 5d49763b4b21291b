import {countWord, formatInteger, formatShare} from "../format.js";

/** How many LSOAs the IoD2025 ranks: England's, 1 the most deprived. */
export const ENGLAND_LSOAS = 33_755;
/** The units line of every IMD decile map. */
export const IMD_DECILE_UNITS = `Decile of England's ${formatInteger(ENGLAND_LSOAS)} LSOAs (1 = most deprived 10%)`;
/** The heading of every IMD rank column. */
export const IMD_RANK_LABEL = `IMD rank (of ${formatInteger(ENGLAND_LSOAS)})`;
/** An LSOA's IMD rank in its map tooltip: "Rank 1,234 of 33,755" (1 the most deprived). */
export const imdRankText = (rank: number | null | undefined): string =>
  rank === null || rank === undefined
    ? "IMD rank not available"
    : `Rank ${formatInteger(rank)} of ${formatInteger(ENGLAND_LSOAS)}`;

export interface DecileRow {
  imd_decile: number | null;
}

/** How many of the rows are in England's most deprived 10% (IMD decile 1), and of how many. */
export function countMostDeprived(rows: readonly DecileRow[]): {count: number; total: number} {
  const withDecile = rows.filter((r) => r.imd_decile !== null);
  return {count: withDecile.filter((r) => r.imd_decile === 1).length, total: withDecile.length};
}

/**
 * One sentence for a decile map, computed from the rows, e.g.
 * "3 of the 8 neighbourhoods (LSOAs) in King's Norton South (38%) are among England's most deprived 10%."
 */
export function mostDeprivedSentence(rows: readonly DecileRow[], areaName: string): string {
  const {count, total} = countMostDeprived(rows);
  if (total === 0) return `No IMD 2025 deciles are available for ${areaName}.`;
  const lead = count === 0 ? "None" : countWord(count).replace(/^./, (c) => c.toUpperCase());
  const verb = count === 1 ? "is" : "are";
  return (
    `${lead} of the ${countWord(total)} neighbourhoods (LSOAs) in ${areaName} (${formatShare(count / total)}) ` +
    `${verb} among England's most deprived 10% on the Index of Multiple Deprivation 2025.`
  );
}
