/** An LSOA as a tooltip names it. */
export interface NamedLsoa {
  code: string;
  /** The statistical name, e.g. "Birmingham 031H". */
  name: string;
  /** The House of Commons Library name of its neighbourhood (MSOA), e.g. "Hawkesley". */
  neighbourhood?: string | null;
  /** The ward it lies in (May 2025), e.g. "Aston". */
  ward?: string | null;
}

/**
 * An LSOA the way a resident knows it: the place names the site has for it first (its
 * neighbourhood's, its ward's), then its statistical name and code, which the data tables and other
 * sites use: "Hawkesley, in King's Norton South ward — Birmingham 128A (E01009107)".
 */
export function lsoaLabel({code, name, neighbourhood, ward}: NamedLsoa): string {
  const statistical = `${name} (${code})`;
  const place = ward
    ? neighbourhood
      ? `${neighbourhood}, in ${ward} ward`
      : `In ${ward} ward`
    : (neighbourhood ?? null);
  return place ? `${place} — ${statistical}` : statistical;
}
