// The wards and LSOAs an editor picks by name in the CMS: the options of its select widgets, made
// from the same lookups npm run check reads, so every code the CMS writes is one the check knows.
import type {LsoaGeography} from "../content/area.js";
import type {LsoaNeighbourhood} from "../content/areaFit.js";
import {neighbourhoodLookup, storyLookup} from "../check/project.js";
import type {Sources} from "../sources/index.js";

/** An option of a Decap select widget: the editor sees the label, the file gets the value. */
export interface Choice {
  label: string;
  value: string;
}

/** The lookups' options for the fields that name places. */
export interface CmsChoices {
  wards: Choice[];
  wardNames: string[];
  lsoas: Choice[];
}

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, "en-GB");

/** Every ward (May 2025) of the seven boroughs: "Heath Town, Wolverhampton" → E05014848. */
export function wardChoices(lookup: readonly LsoaGeography[]): Choice[] {
  const wards = new Map(lookup.map((r) => [r.ward25cd, `${r.ward25nm}, ${r.lad25nm}`]));
  return [...wards].map(([value, label]) => ({label, value})).sort(byLabel);
}

/** Ward names, for where a voice was collected (a ward, never finer). */
export function wardNameChoices(lookup: readonly LsoaGeography[]): string[] {
  return [...new Set(lookup.map((r) => r.ward25nm))].sort((a, b) => a.localeCompare(b, "en-GB"));
}

/**
 * Every LSOA (2021) by the neighbourhood it lies in and its ward: "Hillfields, St Michael's ward,
 * Coventry (E01009636)". An LSOA has no name of its own that a resident would know, so its
 * neighbourhood (the House of Commons Library's MSOA name) and ward name it; the code tells apart
 * the LSOAs of one neighbourhood.
 */
export function lsoaChoices(lookup: readonly LsoaGeography[], neighbourhoods: readonly LsoaNeighbourhood[]): Choice[] {
  const names = new Map(neighbourhoods.map((n) => [n.lsoa21cd, n.msoa21nm]));
  return lookup
    .map((r) => ({
      label: `${names.get(r.lsoa21cd) ?? r.lad25nm}, ${r.ward25nm} ward, ${r.lad25nm} (${r.lsoa21cd})`,
      value: r.lsoa21cd
    }))
    .sort(byLabel);
}

/** The options of every field that names a place, from the checked sources. */
export function cmsChoices(sources: Sources): CmsChoices {
  const lookup = storyLookup(sources);
  return {
    wards: wardChoices(lookup),
    wardNames: wardNameChoices(lookup),
    lsoas: lsoaChoices(lookup, neighbourhoodLookup(sources))
  };
}
