import type {Lsoa11Link} from "./model.js";
import {groupBy} from "./weighted.js";

/** An LSOA's IMD decile and rank in IoD2019. */
export interface Iod2019Imd {
  decile: number;
  rank: number;
}

/** How a 2021 LSOA came from the 2011 ones: its link when there is one, "M" (merged) when several. */
export interface LsoaChange {
  /** The IoD2019 IMD of the LSOA when its boundary did not change (change code U), else undefined. */
  iod2019: Iod2019Imd | undefined;
  /** U unchanged, S split, M merged, X redesigned; null when the lookup does not name the LSOA. */
  change_code: string | null;
}

/**
 * Each 2021 LSOA's IoD2019 IMD, given only when the LSOA kept its 2011 boundary (change code U):
 * IoD2019 ranks 2011 LSOAs, so a split, merged or redesigned LSOA has no comparable 2019 value.
 */
export function lsoaChanges(
  links: readonly Lsoa11Link[],
  iod2019: ReadonlyMap<string, Iod2019Imd>
): (lsoa21cd: string) => LsoaChange {
  const links21 = groupBy(links, (l) => l.lsoa21_code);
  return (lsoa21cd) => {
    const link = links21.get(lsoa21cd) ?? [];
    const unchanged = link.length === 1 && link[0].change_code === "U";
    return {
      iod2019: unchanged ? iod2019.get(link[0].lsoa11_code) : undefined,
      change_code: link.length === 1 ? link[0].change_code : link.length > 1 ? "M" : null
    };
  };
}
