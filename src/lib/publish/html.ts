/** Adds `lang` to the <html> tag (Framework 1.13 emits none; WCAG 3.1.1). */
export function withLang(html: string, lang = "en-GB"): string {
  return html.replace(/<html(\s[^>]*)?>/i, (tag, attributes: string | undefined) => {
    const rest = (attributes ?? "").replace(/\s+lang="[^"]*"/i, "");
    return `<html lang="${lang}"${rest}>`;
  });
}

/** Lets readers zoom: Framework's viewport sets maximum-scale=1, which fails WCAG 1.4.4. */
export function withZoomableViewport(html: string): string {
  return html.replace(/<meta name="viewport"[^>]*>/i, '<meta name="viewport" content="width=device-width, initial-scale=1">');
}

/** The HTML transforms every built page goes through, in order. */
export const PAGE_TRANSFORMS: ((html: string) => string)[] = [withLang, withZoomableViewport];

export function transformPage(html: string): string {
  return PAGE_TRANSFORMS.reduce((out, transform) => transform(out), html);
}

/**
 * Local URLs a built page refers to: href/src attributes, module imports and Framework's
 * registerFile paths. External and in-page (#) references are left out.
 */
export function localReferences(html: string): string[] {
  const refs = new Set<string>();
  for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/gi)) refs.add(m[1]);
  for (const m of html.matchAll(/\bimport\s*(?:[^"']*?\sfrom\s*)?["']([^"']+)["']/g)) refs.add(m[1]);
  for (const m of html.matchAll(/\bimport\(["']([^"']+)["']\)/g)) refs.add(m[1]);
  for (const m of html.matchAll(/"path":"([^"]+)"/g)) refs.add(m[1]);
  return [...refs].filter((r) => !/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(r)).map((r) => r.replace(/[?#].*$/, "")).filter(Boolean);
}
