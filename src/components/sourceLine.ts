import {hyperscript} from "./dom.js";

export interface ProvenanceEntry {
  file: string;
  title: string;
  publisher: string;
  licence: string;
  official: string;
}

/** "Title, Publisher (licence)" with a link to the official page, for the listed source files. */
export function sourceLine(
  provenance: readonly ProvenanceEntry[],
  files: readonly string[],
  {document = globalThis.document}: {document?: Document} = {}
): HTMLElement {
  const entries = files.map((file) => {
    const entry = provenance.find((p) => p.file === file);
    if (!entry) throw new Error(`sourceLine: ${file} is not in the provenance table; add it to SOURCE_PATHS`);
    return entry;
  });
  const h = hyperscript(document);
  return h(
    "span",
    {class: "wm-source"},
    entries.map((e, i) => [i ? "; " : "", h("a", {href: e.official}, e.title), `, ${e.publisher} (${e.licence})`])
  );
}
