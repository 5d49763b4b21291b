/**
 * Where the site will be published, from the environment. One option sets it:
 *
 * - WM_SITE_URL, the public address of the site's home page ("https://vru.example.org/" or
 *   "https://user.github.io/story-maps/"). Its path is the base path; its full form is used for
 *   sitemap.xml, robots.txt and social preview links, which must be absolute.
 * - WM_BASE_PATH, a path only ("/story-maps/"), for local checks when the address is not known.
 *   Ignored when WM_SITE_URL is set.
 */
export interface PublishOptions {
  /** The path the site is served under, with leading and trailing slashes ("/" at a domain root). */
  base: string;
  /** The absolute URL of the home page, ending in "/", or null when not known. */
  siteUrl: string | null;
}

export function publishOptions(env: Record<string, string | undefined> = process.env): PublishOptions {
  if (env.WM_SITE_URL) {
    let url: URL;
    try {
      url = new URL(env.WM_SITE_URL);
    } catch {
      throw new Error(
        `WM_SITE_URL: "${env.WM_SITE_URL}" is not an absolute URL — set it like https://example.org/story-maps/`
      );
    }
    if (!/^https?:$/.test(url.protocol))
      throw new Error(`WM_SITE_URL: "${env.WM_SITE_URL}" must start with https:// or http://`);
    const base = normaliseBase(url.pathname, "WM_SITE_URL");
    return {base, siteUrl: `${url.origin}${base}`};
  }
  return {base: normaliseBase(env.WM_BASE_PATH ?? "/", "WM_BASE_PATH"), siteUrl: null};
}

function normaliseBase(path: string, name: string): string {
  if (!path.startsWith("/"))
    throw new Error(`${name}: the base path "${path}" must start with "/" — for example /story-maps/`);
  if (/[?#\s]/.test(path)) throw new Error(`${name}: the base path "${path}" must not contain spaces, ? or #`);
  return path.endsWith("/") ? path : `${path}/`;
}
