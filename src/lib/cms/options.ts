// Whether and how the built site gets /admin/: off unless the publisher names a hosted backend.
import type {CmsBackend} from "./config.js";

/** Where decap-server listens for npm run edit (its default port), on this computer only. */
export const LOCAL_BACKEND_PORT = 8081;
export const localBackend = (port = LOCAL_BACKEND_PORT): CmsBackend => ({
  name: "local",
  url: `http://127.0.0.1:${port}/api/v1`
});

/**
 * The hosted backend from the environment, or null (no CMS in dist/):
 *
 * - WM_CMS_BACKEND: github or gitlab; unset, the build writes nothing of the CMS.
 * - WM_CMS_REPO: owner/name of the repository the editors change.
 * - WM_CMS_BRANCH: the branch pull requests go to (main).
 * - WM_CMS_AUTH_URL: GitHub: the OAuth server editors sign in through.
 * - WM_CMS_APP_ID: GitLab: the OAuth application's id (sign-in in the browser, no server).
 * - WM_CMS_API_ROOT: a self-managed GitLab's or GitHub Enterprise's API address.
 */
export function hostedBackend(env: Record<string, string | undefined> = process.env): CmsBackend | null {
  const name = env.WM_CMS_BACKEND?.trim();
  if (!name) return null;
  if (name !== "github" && name !== "gitlab")
    throw new Error(`WM_CMS_BACKEND: "${name}" is not a backend the CMS is set up for — use github or gitlab`);
  const repo = env.WM_CMS_REPO?.trim();
  if (!repo || !/^[\w.-]+(\/[\w.-]+)+$/.test(repo))
    throw new Error(`WM_CMS_REPO: give the repository the editors change as owner/name, e.g. wmvru/story-maps`);
  for (const key of ["WM_CMS_AUTH_URL", "WM_CMS_API_ROOT"] as const)
    if (env[key] && !/^https:\/\//.test(env[key]!))
      throw new Error(`${key}: "${env[key]}" must be an https:// address`);
  return {
    name,
    repo,
    branch: env.WM_CMS_BRANCH?.trim() || "main",
    ...(env.WM_CMS_AUTH_URL && {baseUrl: env.WM_CMS_AUTH_URL}),
    ...(env.WM_CMS_APP_ID && {appId: env.WM_CMS_APP_ID}),
    ...(env.WM_CMS_API_ROOT && {apiRoot: env.WM_CMS_API_ROOT})
  };
}
