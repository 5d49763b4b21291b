import type {StoryPageData} from "./assemble.js";
import {recordingMedians, violenceScales} from "./crime.js";
import {crimeProfile, domainProfile} from "./data.js";
import {storyTopology} from "./geometry.js";

const level = (numbers: StoryPageData["numbers"], name: string) => numbers.comparisons.find((c) => c.level === name)!;

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
    /** Median LSOA rates of the region and England: the figures behind the anti-social behaviour caveat. */
    recording: recordingMedians(level(numbers, "region"), level(numbers, "england")),
    /** The borough's violence with injury rate on the needs assessments' scale and the IoD2025's, or null. */
    violenceScales: violenceScales(district, level(numbers, "district").values.violence_with_injury, keyFigures),
    topology: storyTopology(geometry),
    labels: geometry.labels,
    keyFigures: keyFigures.map(({line, ...r}) => r),
    laIndicators: laIndicators.map(({line, ...r}) => r),
    charts: data.charts
  };
}
export type StoryClientData = ReturnType<typeof clientData>;
