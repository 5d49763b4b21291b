/** One block of a `_headers` file: a path pattern and the headers of the paths it matches. */
export interface HeaderRule {
  pattern: string;
  /** The pattern as the hosts read it: `*` matches anything (slashes too), `:name` one path segment. */
  matches: RegExp;
  headers: [name: string, value: string][];
}

/**
 * Reads a `_headers` file in the format Netlify and Cloudflare Pages share: a path on a line of its
 * own, then its headers, indented, as `Name: value`; `#` starts a comment line.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({pattern: line.trim(), matches: patternRegExp(line.trim()), headers: []});
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`);
}

/**
 * The headers a host sends for a URL path: those of every rule that matches it, in the file's
 * order. A header that several rules set gets their values joined with ", ", as both hosts do.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.matches.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}
