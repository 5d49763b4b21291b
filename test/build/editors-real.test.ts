// The full sweep's editors' workflow on the real sources and stories (setup-real.ts, the project's
// globalSetup, runs it: a full build from the real data).
import {inject} from "vitest";
import {describeEditorsWorkflow} from "./editors.js";

const result = inject("editorsWorkflow");
describeEditorsWorkflow(result.case, () => result);
