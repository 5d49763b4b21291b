/**
 * Draft stories appear in the dev server (marked as drafts) and never in a production build.
 * Only `npm run dev` sets this variable, so anything else — `npm run build`, a bare
 * `observable build`, CI — leaves drafts out by default.
 */
export const DRAFTS_ENV = "WM_INCLUDE_DRAFTS";

export function includeDrafts(env: Record<string, string | undefined> = process.env): boolean {
  return env[DRAFTS_ENV] === "true";
}

/** Whether a story with this status belongs in the site being built. */
export function isInBuild(status: string, env: Record<string, string | undefined> = process.env): boolean {
  return status !== "draft" || includeDrafts(env);
}

/**
 * Loaders whose output depends on content/ (paths under src, and their cached output under
 * src/.observablehq/cache). Framework only reruns a loader when the loader file changes, so the
 * build drops their cached output and the dev server touches them when content changes. Add every
 * new loader that reads content/ here.
 */
export const CONTENT_LOADERS = [
  {source: "stories/[slug].md.ts", output: "stories"},
  {source: "stories/index.md.ts", output: "stories/index.md"},
  {source: "index.md.ts", output: "index.md"},
  {source: "risk-index.md.ts", output: "risk-index.md"},
  {source: "wards/index.md.ts", output: "wards/index.md"},
  {source: "data/search-index.json.ts", output: "data/search-index.json"},
  {source: "data/wards.zip.ts", output: "data/wards.zip"}
];
