// globalSetup of the "build" tests: one build of the site from fixture sources, made by the
// editors' workflow (workflow.ts), shared by every build test through inject("editorsWorkflow").
import {join} from "node:path";
import type {TestProject} from "vitest/node";
import {writeFixture} from "../fixtures/sources.js";
import {provideWorkflow} from "./workflow.js";

export default function setup(project: TestProject) {
  return provideWorkflow(project, (work) => {
    const sources = join(work, "sources");
    writeFixture(sources, {police: true});
    return {
      label: "fixture sources",
      sources,
      realContent: false,
      // "South & East": a ward name with a character that slugs and name matching must handle.
      draft: {borough: "Coventry", ward: "South & East", code: "E05000002"},
      story: {borough: "Birmingham", ward: "North Ward"},
      // Named places in North Ward's LSOAs (test/fixtures/sources.ts): a point and a set of LSOAs.
      places: [
        "places:",
        "  - name: Fixture Park",
        "    kind: park",
        "    point: {lat: 52.405, lon: -1.895}",
        "    source: Fixture parks register (2026), page 2",
        "  - name: Fixture Estate",
        "    kind: estate",
        "    lsoas: [E01000002]",
        "    source: Fixture housing report (2026), section 3",
        ""
      ].join("\n")
    };
  });
}
