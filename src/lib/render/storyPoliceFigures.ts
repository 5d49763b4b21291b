// The story's crime step with police.uk's monthly crimes, when the sources folder has them.
import {hyperscript} from "../../components/dom.js";
import {policeCrimeBlock} from "./policeFigures.js";
import type {StoryFigureContext} from "./storyFigureContext.js";

/**
 * The crime step's figure followed by the area's police.uk trend and map of rates; the figure alone
 * (the page unchanged) without police.uk files.
 */
export function withPoliceCrime(ctx: StoryFigureContext, crime: HTMLElement): HTMLElement {
  const {data, topology, provenance, document} = ctx;
  if (!data.police) return crime;
  const area = {name: data.story.title, lsoas: data.numbers.lsoas, id: "figure"};
  const trendTypes = data.story.police_trend_types;
  const block = policeCrimeBlock(data.police, area, {topology, provenance, document, trendTypes});
  return hyperscript(document)("div", {class: "story-figure-block"}, crime, block);
}

/** The caveat on street-level records: which one is true depends on whether the page shows police.uk's. */
export const NO_STREET_RECORDS_CAVEAT =
  "The page shows no knife crime hotspot maps and no street-level crime records for these places: the previous " +
  "ArcGIS story maps used a hotspot map that cannot be reproduced from the open data this site is built from.";
export const STREET_RECORDS_CAVEAT =
  "The monthly counts and LSOA rates come from police.uk's street-level records, which place each crime at an " +
  "anonymised point near where it happened; the page shows no knife crime hotspot map, which those points " +
  "cannot support.";
