import {describe, expect, it} from "vitest";
import {parseActivities} from "../../../src/lib/content/activities.js";

const fail = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error");
};

describe("activities.yaml", () => {
  it("takes an activity without a source, and needs an honest note when there are none", () => {
    expect(
      parseActivities(
        "a.yaml",
        "activities:\n  - title: Youth bus\n    description: Visits the square.\n    source: PCC news release\n"
      ).activities
    ).toHaveLength(1);
    expect(
      parseActivities("a.yaml", "activities:\n  - title: Youth bus\n    description: Visits the square.\n").activities
    ).toMatchObject([{title: "Youth bus", source: null}]);
    expect(fail(() => parseActivities("a.yaml", "activities: []\n"))).toMatch(/no activities and no note/);
    expect(
      fail(() =>
        parseActivities(
          "a.yaml",
          "note: x\nactivities:\n  - {title: a, description: b, source: c, link: 'javascript:alert(1)'}\n"
        )
      )
    ).toMatch(/is not a web address/);
  });

  it("keeps dates written as a number as text, and leaves out a blank note", () => {
    const read = parseActivities(
      "a.yaml",
      "note: ' '\nactivities:\n  - {title: a, description: b, source: c, dates: 2021}\n"
    );
    expect(read).toEqual({
      note: null,
      activities: [{title: "a", description: "b", partners: [], dates: "2021", link: null, source: "c"}]
    });
  });

  it("reports every wrong activity in one run", () => {
    const text =
      "activities:\n  - title: a\n    description: b\n    partners: Police\n    source: c\n  - [a]\n" +
      "  - title: x\n    description: y\n    source: z\n    colour: red\n";
    expect(fail(() => parseActivities("a.yaml", text)).split("\n")).toEqual([
      'a.yaml:10: unknown field "colour" in activity 3 — use: title, description, partners, dates, link, source',
      'a.yaml:4: activity 1: partners must be a list of names of organisations — ' +
        'write one per line, each starting with "- "',
      "a.yaml:6: activity 2 is not a set of fields — give it title:, description: and source:"
    ]);
  });
});
