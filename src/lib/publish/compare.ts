import {parse, type DefaultTreeAdapterTypes} from "parse5";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {listFiles} from "../util/files.js";

/** How two built sites differ, file by file: missing on either side, or different bytes. */
export function compareDirs(a: string, b: string): string[] {
  const filesA = listFiles(a);
  const filesB = new Set(listFiles(b));
  const differences: string[] = [];
  for (const file of filesA) {
    if (!filesB.has(file)) differences.push(`only in the first build: ${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file))))
      differences.push(`different bytes: ${file}`);
    filesB.delete(file);
  }
  for (const file of filesB) differences.push(`only in the second build: ${file}`);
  return differences;
}

/**
 * A page's DOM as a browser builds it, written out so that only what the browser sees counts:
 * attributes in name order, style declarations as "property:value" in order, text unescaped. Two
 * serialisers of one DOM (jsdom's, linkedom's) differ in those bytes but give the same canonical form.
 */
export function canonicalHtml(html: string): string {
  const lines: string[] = [];
  const style = (value: string) =>
    value
      .split(";")
      .map((d) => d.trim().replace(/\s*:\s*/, ":"))
      .filter(Boolean)
      .join(";");
  const visit = (node: DefaultTreeAdapterTypes.Node, depth: number) => {
    const indent = " ".repeat(depth);
    if ("tagName" in node) {
      const attrs = [...node.attrs]
        .map(({name, value}) => `${name}=${JSON.stringify(name === "style" ? style(value) : value)}`)
        .sort();
      lines.push(`${indent}<${node.namespaceURI === html5 ? "" : `${node.namespaceURI} `}${node.tagName} ${attrs}`);
    } else if (node.nodeName === "#text") lines.push(`${indent}${JSON.stringify((node as {value: string}).value)}`);
    else if (node.nodeName === "#comment") lines.push(`${indent}<!--${(node as {data: string}).data}-->`);
    const content = node.nodeName === "template" ? (node as DefaultTreeAdapterTypes.Template).content : node;
    for (const child of "childNodes" in content ? content.childNodes : []) visit(child, depth + 1);
  };
  visit(parse(html), 0);
  return lines.join("\n");
}

const html5 = "http://www.w3.org/1999/xhtml";

/** How two built sites differ beyond serialisation: HTML pages compared by canonicalHtml, other files byte for byte. */
export function compareDirsModuloSerialisation(a: string, b: string): string[] {
  return compareDirs(a, b).filter((difference) => {
    const file = difference.replace(/^different bytes: /, "");
    if (file === difference || !file.endsWith(".html")) return true;
    return canonicalHtml(readFileSync(join(a, file), "utf8")) !== canonicalHtml(readFileSync(join(b, file), "utf8"));
  });
}
