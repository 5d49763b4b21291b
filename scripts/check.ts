// npm run check: validates every story against its schema and the real lookups, reports every
// problem at once as `file:line: problem — fix`, and exits non-zero if any is an error.
import {join} from "node:path";
import {checkProject, formatReport} from "../src/lib/check/project.js";

const problems = checkProject(join(import.meta.dirname, ".."));
const report = formatReport(problems);
if (problems.errors.length) {
  console.error(report);
  process.exit(1);
}
console.log(report);
