// globalSetup of the full sweep's "editors-real" tests: the editors' workflow (workflow.ts) in a
// copy of the project with the real sources and stories, so a full build from the real data.
import {existsSync} from "node:fs";
import type {TestProject} from "vitest/node";
import {resolveSourcesDir} from "../../src/lib/sources/index.js";
import {ROOT} from "./project.js";
import {provideWorkflow} from "./workflow.js";

export default function setup(project: TestProject) {
  const sources = resolveSourcesDir(ROOT);
  if (!existsSync(sources))
    throw new Error(`the editors' real-data run needs the sources folder ${sources} (see README.md, Data)`);
  return provideWorkflow(project, () => ({
    label: "real sources",
    sources,
    realContent: true,
    // St Michael's: an apostrophe in the ward name.
    draft: {borough: "Coventry", ward: "St Michael's", code: "E05001228"},
    story: {borough: "Wolverhampton", ward: "Heath Town"}
  }));
}
