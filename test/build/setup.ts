// globalSetup of the "build" tests: one build of the site from fixture sources, made by the
// editors' workflow (workflow.ts), shared by every build test through inject("editorsWorkflow").
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {TestProject} from "vitest/node";
import {writeFixture} from "../fixtures/sources.js";
import {runEditorsWorkflow} from "./workflow.js";

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), "wm-build-"));
  const sources = join(work, "sources");
  writeFixture(sources);
  const result = await runEditorsWorkflow(join(work, "project"), {
    label: "fixture sources",
    sources,
    realContent: false,
    // "South & East" is a ward name with a character that slugs and name matching must handle.
    draft: {borough: "Coventry", ward: "South & East", code: "E05000002"},
    story: {borough: "Birmingham", ward: "North Ward"}
  });
  project.provide("editorsWorkflow", result);
  return () => rmSync(work, {recursive: true, force: true});
}
