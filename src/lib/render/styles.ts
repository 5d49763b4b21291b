import {elementsByTagName} from "../../components/dom.js";

/**
 * Keeps the first of identical <style> elements in `roots`, in order: Plot adds the same rules to
 * every chart and legend, and each copy costs bytes and parsing (Framework reads each page's HTML
 * into a DOM several times while building).
 */
export function uniqueStyles(roots: readonly Element[]): void {
  const seen = new Set<string>();
  for (const root of roots)
    for (const style of elementsByTagName(root, "style")) {
      const css = style.textContent ?? "";
      if (seen.has(css)) style.remove();
      else seen.add(css);
    }
}
