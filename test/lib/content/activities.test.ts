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
  it("needs a source for every activity and an honest note when there are none", () => {
    expect(parseActivities("a.yaml", "activities:\n  - title: Youth bus\n    description: Visits the square.\n    source: PCC news release\n").activities).toHaveLength(1);
    expect(fail(() => parseActivities("a.yaml", "activities:\n  - title: Youth bus\n    description: Visits the square.\n"))).toMatch(/^a\.yaml:2: activity 1 has no source — say where this is known from/);
    expect(fail(() => parseActivities("a.yaml", "activities: []\n"))).toMatch(/no activities and no note/);
    expect(fail(() => parseActivities("a.yaml", "note: x\nactivities:\n  - {title: a, description: b, source: c, link: 'javascript:alert(1)'}\n"))).toMatch(/is not a web address/);
  });
});
