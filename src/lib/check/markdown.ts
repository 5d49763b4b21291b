/** An image or link written in Markdown, with the line it is on. */
export interface MarkdownReference {
  kind: "image" | "link";
  line: number;
  /** Alt text of an image, text of a link. */
  text: string;
  target: string;
}

const REFERENCE = /(!?)\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;

/** Every `[text](target)` and `![alt](src)` in a Markdown text. */
export function markdownReferences(text: string): MarkdownReference[] {
  const found: MarkdownReference[] = [];
  text.split(/\r?\n/).forEach((content, i) => {
    for (const m of content.matchAll(REFERENCE)) found.push({kind: m[1] ? "image" : "link", line: i + 1, text: m[2].trim(), target: m[3]});
  });
  return found;
}

/** Links that leave the site (or open mail) are not checked here. */
export function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");
}
