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

/** A story's route under the site's root: its page is "stories/<slug>.html", its links "…/stories/<slug>". */
export function storyRoute(slug: string): string {
  return `stories/${slug}`;
}
