import {formatInteger, formatShare} from "../format.js";
import {hasPoliceApiSample, POLICE_API_SAMPLE} from "../inputs/policeApiSample.js";
import {POLICE_STREET_FOLDER} from "../inputs/policeStreet.js";
import {locatePoliceApiSample} from "../model/policeSample.js";
import {periodName} from "../summaries/policeCrime.js";
import type {Shared} from "./shared.js";

/**
 * The build's lines about police.uk data: the street-level files counted (or that there are none),
 * and the API sample placed on the region's LSOAs by point in polygon, with the share inside.
 */
export function policeReport({model, sources}: Pick<Shared, "model" | "sources">): string[] {
  const police = model.policeCrime;
  const lines = [
    police
      ? `police.uk: ${police.files.length} street-level files, ${periodName(police.months)}: ` +
        `${formatInteger(police.total)} crimes, ${formatInteger(police.outside)} outside the region's LSOAs, ` +
        `${formatInteger(police.unlocated)} with no LSOA, ` +
        `${formatInteger(police.split.length)} split 2011 LSOAs counted for areas only`
      : `police.uk: no street-level files in ${POLICE_STREET_FOLDER}: the pages show no monthly crime`
  ];
  if (hasPoliceApiSample(sources)) {
    const {points, inside, byLsoa} = locatePoliceApiSample(sources, model.topology);
    lines.push(
      `police.uk API sample (${POLICE_API_SAMPLE}): ${formatInteger(inside)} of ${formatInteger(points)} points ` +
        `(${formatShare(inside / points)}) inside the region's LSOAs, on ${formatInteger(byLsoa.size)} LSOAs`
    );
  }
  return lines;
}
