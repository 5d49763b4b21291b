// The build tests of npm test: the editors' workflow (workflow.ts) on fixture sources, run once in
// this file's beforeAll, and the tests of what it made: the workflow's steps, the site it built and
// a story whose title is markup. A test file rather than a globalSetup, so the other projects' tests
// run while it builds; its hook has no time limit (the work's length depends on the machine).
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll} from "vitest";
import {writeFixture} from "../fixtures/sources.js";
import {describeEditorsWorkflow} from "./editors.js";
import {describeHostileTitle} from "./hostileTitle.js";
import {describeFixtureSite} from "./smoke.js";
import {runWorkflowIn, type WorkflowCase, type WorkflowResult} from "./workflow.js";

const work = mkdtempSync(join(tmpdir(), "wm-editors-"));
const sources = join(work, "sources");
const fixtureCase: WorkflowCase = {
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

let result: WorkflowResult | undefined;
const workflow = () => {
  if (!result) throw new Error("the editors' workflow did not run (see the first error above)");
  return result;
};
beforeAll(async () => {
  writeFixture(sources, {police: true});
  result = await runWorkflowIn(work, fixtureCase);
}, 0);
afterAll(() => rmSync(work, {recursive: true, force: true}));

describeEditorsWorkflow(fixtureCase, workflow);
describeFixtureSite(workflow);
describeHostileTitle(workflow);
