import {
  defaultTreeAdapter,
  parse,
  type DefaultTreeAdapterMap,
  type DefaultTreeAdapterTypes,
  type TreeAdapter
} from "parse5";

export type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Template = DefaultTreeAdapterTypes.Template;
type TextNode = DefaultTreeAdapterTypes.TextNode;

/**
 * A built page parsed as a browser with JavaScript parses it (so <noscript> holds raw text), with
 * each node's offsets in the source. Pages are changed by splicing text at those offsets rather
 * than by serialising the tree, which would rewrite quoting, entities and void tags on every line.
 */
export interface Page {
  /** The page's path in dist/, named in every error. */
  file: string;
  html: string;
  document: DefaultTreeAdapterTypes.Document;
}

/**
 * parse5's own adapter copies a text node's location for each run of characters added to it, a
 * fifth of the time it takes to parse a page; extending it in place gives the same locations.
 */
const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  updateNodeSourceCodeLocation: (node, end) => Object.assign(node.sourceCodeLocation!, end)
};

export function parsePage(html: string, file: string): Page {
  return {file, html, document: parse(html, {sourceCodeLocationInfo: true, treeAdapter})};
}

/** A page whose markup the post-processing cannot or must not handle: the build stops and says why. */
export class PageMarkupError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = "PageMarkupError";
  }
}

/** Why a page would lack what Framework writes into every page. */
export const FRAMEWORK_CHANGED = "has Observable Framework's page markup changed? See src/lib/publish/html.ts";

export const isElement = (node: Node): node is Element => "tagName" in node;

/**
 * Nodes below `root` in document order. A <template>'s contents are inert (not rendered, never run)
 * and are left out unless `templates` asks for them, as a check of references does. A stack, not
 * recursion: nested generators cost each node the depth of the tree, and SVG maps are deep.
 */
export function* descendants(root: ParentNode, {templates = false} = {}): Generator<ChildNode> {
  const stack = [...root.childNodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    yield node;
    if (!isElement(node)) continue;
    const content = templates && node.tagName === "template" ? (node as Template).content.childNodes : [];
    const children = [...node.childNodes, ...content];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

export function* elements(root: ParentNode, options: {templates?: boolean} = {}): Generator<Element> {
  for (const node of descendants(root, options)) if (isElement(node)) yield node;
}

/** The text of an element's text nodes, as written in the source (entities and all). */
export function sourceText(page: Page, element: Element): string {
  let text = "";
  for (const node of descendants(element)) {
    const where = node.nodeName === "#text" ? node.sourceCodeLocation : undefined;
    if (where) text += page.html.slice(where.startOffset, where.endOffset);
  }
  return text;
}

/** The text of an element's text nodes, as a browser reads it (a script's code, for one). */
export function textContent(element: Element): string {
  let text = "";
  for (const node of descendants(element)) if (node.nodeName === "#text") text += (node as TextNode).value;
  return text;
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

export function hasId(element: Element, id: string): boolean {
  return attribute(element, "id") === id;
}

export function findElement(root: ParentNode, matches: (element: Element) => boolean): Element | undefined {
  for (const element of elements(root)) if (matches(element)) return element;
  return undefined;
}

/**
 * The element that a step needs, written in the page's source: the parser makes up an <html>,
 * <head> or <body> that is missing, which has no offsets to splice at, so it counts as missing.
 */
export function requireElement(
  page: Page,
  matches: (element: Element) => boolean,
  what: string,
  purpose: string,
  within: ParentNode = page.document
): Element {
  const element = findElement(within, (e) => matches(e) && e.sourceCodeLocation?.startTag !== undefined);
  const where = isElement(within) ? ` in <${within.tagName}>` : "";
  if (!element) throw new PageMarkupError(page.file, `no ${what}${where} ${purpose} — ${FRAMEWORK_CHANGED}`);
  return element;
}

/** The page's <head>, where most of what the steps change is. */
export function requireHead(page: Page): Element {
  return requireElement(page, (e) => e.tagName === "head", "<head> tag", "to hold the page's metadata");
}

export interface Range {
  start: number;
  end: number;
}

function location(element: Element) {
  const where = element.sourceCodeLocation;
  if (!where?.startTag) throw new Error(`<${element.tagName}> has no source offsets`);
  return {...where, startTag: where.startTag};
}

/** The element from its start tag to its end tag (or to the end of its start tag, for a void element). */
export function outerRange(element: Element): Range {
  const where = location(element);
  return {start: where.startOffset, end: where.endOffset};
}

export function startTagRange(element: Element): Range {
  const {startTag} = location(element);
  return {start: startTag.startOffset, end: startTag.endOffset};
}

/** Between the start and end tags. */
export function innerRange(element: Element): Range {
  const where = location(element);
  return {start: where.startTag.endOffset, end: where.endTag?.startOffset ?? where.startTag.endOffset};
}

/** The source between the start and end tags, entities and all. */
export function innerSource(page: Page, element: Element): string {
  const {start, end} = innerRange(element);
  return page.html.slice(start, end);
}

/** `name="value"` as written in the source, or undefined if the element has no such attribute. */
export function attributeRange(element: Element, name: string): Range | undefined {
  const where = location(element).attrs?.[name];
  return where && {start: where.startOffset, end: where.endOffset};
}

/** `name="value"` with the whitespace before it, to remove without leaving a gap; undefined if absent. */
export function attributeRangeWithSpace(page: Page, element: Element, name: string): Range | undefined {
  const range = attributeRange(element, name);
  if (!range) return undefined;
  let start = range.start;
  while (start > 0 && /\s/.test(page.html[start - 1])) start--;
  return {start, end: range.end};
}

/** An attribute's value as written in the source, entities and all, for copying into other attributes. */
export function sourceAttribute(page: Page, element: Element, name: string): string | undefined {
  const range = attributeRange(element, name);
  if (!range) return undefined;
  return page.html
    .slice(range.start, range.end)
    .replace(/^[^=]*=\s*/, "")
    .replace(/^(["'])([\s\S]*)\1$/, "$2");
}

/** Just after the tag name in the start tag, where a first attribute goes. */
export function afterTagName(element: Element): number {
  return startTagRange(element).start + 1 + element.tagName.length;
}

/** Just after the start tag's last attribute, where one more goes. */
export function afterAttributes(element: Element): number {
  const attributes = Object.values(location(element).attrs ?? {});
  return Math.max(afterTagName(element), ...attributes.map((a) => a.endOffset));
}

/** Text replacements at source offsets, applied together so that each offset refers to the parsed source. */
export class Edits {
  private readonly list: (Range & {text: string; order: number})[] = [];

  replace({start, end}: Range, text: string): this {
    this.list.push({start, end, text, order: this.list.length});
    return this;
  }

  insert(at: number, text: string): this {
    return this.replace({start: at, end: at}, text);
  }

  remove(range: Range): this {
    return this.replace(range, "");
  }

  /**
   * Returns `html` with every edit made, or only the part of it in `range` with the edits inside it
   * (what a script's code will be, say). Overlapping edits are a mistake in the caller.
   */
  apply(html: string, range: Range = {start: 0, end: html.length}): string {
    const inside = this.list.filter((e) => e.start >= range.start && e.end <= range.end);
    inside.sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start) || a.order - b.order);
    let out = "";
    let at = range.start;
    for (const edit of inside) {
      if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
      out += html.slice(at, edit.start) + edit.text;
      at = edit.end;
    }
    return out + html.slice(at, range.end);
  }
}

/** The range plus the line break that follows it, so that removing an element leaves no blank line. */
export function withLineBreak(page: Page, {start, end}: Range): Range {
  return {start, end: page.html[end] === "\n" ? end + 1 : end};
}
