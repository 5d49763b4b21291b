import {describe, expect, it} from "vitest";
import {recordingMedians, violenceScales} from "../../../src/lib/stories/crime.js";
import {asbCaveatSentence, RATE_DEFINITION_NOTE, violenceScalesSentence} from "../../../src/lib/summaries/crime.js";

describe("crime sentences", () => {
  it("defines every area's rate once, with its unit and period, and never as one LSOA one vote", () => {
    expect(RATE_DEFINITION_NOTE).toMatch(/^IoD2025 crime rates are per 1,000 at-risk population, /);
    expect(RATE_DEFINITION_NOTE).toMatch(/weighted by the population the IoD2025 counted/);
    expect(RATE_DEFINITION_NOTE).not.toMatch(/counting once|residents/);
  });

  it("supports the anti-social behaviour caveat with the medians (West Midlands 4.7, 8.3; England 8.9, 5.3)", () => {
    const medians = recordingMedians(
      {values: {anti_social_behaviour_median: 4.7, violence_with_injury_median: 8.3}},
      {values: {anti_social_behaviour_median: 8.9, violence_with_injury_median: 5.3}}
    );
    expect(asbCaveatSentence(medians)).toBe(
      "The median West Midlands LSOA records 4.7 anti-social behaviour incidents per 1,000 at-risk population, " +
        "against 8.9 in the median English LSOA, while violence with injury runs higher (8.3 against 5.3). " +
        "Anti-social behaviour sitting below England everywhere while violence sits above suggests a difference in " +
        "how incidents are recorded rather than less anti-social behaviour, so compare its rates between places in " +
        "the West Midlands rather than with England."
    );
  });

  it("makes no recording claim the figures do not support", () => {
    const both = recordingMedians(
      {values: {anti_social_behaviour_median: 4.7, violence_with_injury_median: 4}},
      {values: {anti_social_behaviour_median: 8.9, violence_with_injury_median: 5.3}}
    );
    expect(asbCaveatSentence(both)).not.toMatch(/recorded rather/);
    expect(asbCaveatSentence(both)).toMatch(/violence with injury is also lower \(4\.0 against 5\.3\)\.$/);
  });

  it("tells Birmingham's two violence scales apart", () => {
    const keyFigures = [
      {
        area_code: "E08000025",
        topic: "violence with injury",
        measure: "Violence with injury rate",
        value: 1229,
        unit: "per 100,000 population",
        period: "2019",
        source: "West Midlands VRU Strategic Needs Assessment (2020 edition)"
      }
    ];
    const scales = violenceScales({code: "E08000025", name: "Birmingham"}, 10.49, keyFigures)!;
    expect(violenceScalesSentence(scales)).toBe(
      "Birmingham's violence with injury appears on two scales. The needs assessment's 1,229 per 100,000 " +
        "population in 2019 is 12.3 per 1,000 residents. The IoD2025 figure, 10.5 per 1,000 at-risk population, " +
        "counts offences over the period given in the IoD2025 technical report against the population the Indices " +
        "consider at risk, averaged over the borough's neighbourhoods weighted by their population. The two come " +
        "from different periods and denominators, so the gap between them is not a change over time."
    );
    expect(violenceScales({code: "E08000026", name: "Coventry"}, 8, keyFigures)).toBeNull();
  });
});
