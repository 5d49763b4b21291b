import {describe, expect, it} from "vitest";
import {storyMapSentence} from "../../../src/lib/summaries/home.js";

describe("storyMapSentence", () => {
  it("lists the story areas with their boroughs", () => {
    expect(
      storyMapSentence([
        {title: "Hillfields", borough: "Coventry"},
        {title: "Heath Town", borough: "Wolverhampton"}
      ])
    ).toBe(
      "The map shows the seven boroughs and the two story areas: Hillfields (Coventry) and Heath Town (Wolverhampton)."
    );
    expect(storyMapSentence([{title: "Hillfields", borough: "Coventry"}])).toBe(
      "The map shows the seven boroughs and the one story area: Hillfields (Coventry)."
    );
    expect(storyMapSentence([])).toMatch(/no story area/);
  });
});
