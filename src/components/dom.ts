/** Attributes for `h`: strings set attributes, functions become listeners (onclick → click). */
export type Attributes = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;
export type Child = Node | string | number | null | undefined | false | Child[];
export type H = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes?: Attributes,
  ...children: Child[]
) => HTMLElementTagNameMap[K];

/**
 * `h` for a given document: the browser's, or a server-side one (linkedom) when figures are drawn at
 * build time, as Plot's `document` option does. Listeners are kept in the browser only; at build
 * time they would be lost with the DOM, so enhancement scripts add them to the built HTML instead.
 */
export function hyperscript(document: Document): H {
  return (tag, attributes = {}, ...children) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined || value === false) continue;
      if (typeof value === "function") element.addEventListener(name.replace(/^on/, ""), value);
      else element.setAttribute(name, value === true ? "" : String(value));
    }
    append(document, element, children);
    return element;
  };
}

/**
 * Creates an element in the page's document. Text children become text nodes, so content from data
 * or editors is never parsed as HTML.
 */
export const h: H = (tag, attributes, ...children) => hyperscript(document)(tag, attributes, ...children);

function append(document: Document, parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(document, parent, child);
    else parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

let counter = 0;
/** A document-unique id for aria references. */
export function uid(prefix: string): string {
  return `${prefix}-${++counter}`;
}

/**
 * The elements under `root` with the tag name `name` ("*" for all), in document order, as
 * getElementsByTagName finds them. Copying jsdom's live collection into an array costs time in the
 * square of its length (seconds for a region's map at build time); walking the tree is linear.
 */
export function elementsByTagName<T extends Element = Element>(root: Element, name: string): T[] {
  const found: T[] = [];
  const visit = (parent: Element) => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (name === "*" || child.localName === name) found.push(child as T);
      visit(child);
    }
  };
  visit(root);
  return found;
}
