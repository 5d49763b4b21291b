// The order vitest starts test files in. Its own order puts files it has not timed yet first, then
// larger files first: on a fresh clone the gates, whose test files are four lines each but take the
// longest, started last and ran alone at the end. Here the long, mostly waiting projects start first
// and the many short unit and component files fill the workers around them.
import {BaseSequencer, type TestSpecification} from "vitest/node";

/** Projects in the order their files start; a project not listed starts last. */
const PROJECT_ORDER = ["gates", "build", "browser", "cms", "editors-real", "unit", "components"];

const rank = (spec: TestSpecification) => {
  const i = PROJECT_ORDER.indexOf(spec.project.name);
  return i < 0 ? PROJECT_ORDER.length : i;
};

export default class LongestProjectsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const within = await super.sort(files);
    // Array.prototype.sort is stable: within a project, vitest's own order stays.
    return within.sort((a, b) => rank(a) - rank(b));
  }
}
