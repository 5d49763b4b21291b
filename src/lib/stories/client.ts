import type {StoryPageData} from "./assemble.js";
import {crimeProfile, domainProfile} from "./data.js";
import {storyTopology} from "./geometry.js";

/** The data a story page's scripts need, embedded in the page so it costs no extra request. */
export function clientData(data: StoryPageData) {
  const {story, numbers, geometry, district, wards, keyFigures, laIndicators} = data;
  return {
    slug: story.slug,
    title: story.title,
    borough: story.borough,
    district,
    wards,
    lsoas: numbers.lsoas,
    population: numbers.population,
    age: numbers.age,
    domains: domainProfile(numbers),
    crime: crimeProfile(numbers),
    topology: storyTopology(geometry),
    labels: geometry.labels,
    keyFigures: keyFigures.map(({line, ...r}) => r),
    laIndicators: laIndicators.map(({line, ...r}) => r),
    charts: data.charts
  };
}
export type StoryClientData = ReturnType<typeof clientData>;
