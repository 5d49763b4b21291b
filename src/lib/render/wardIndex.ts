import {hyperscript} from "../../components/dom.js";
import type {SearchEntry} from "../wards/search.js";
import {drawn, markdownPage, SEARCH_SLOT} from "./page.js";
import {serverDocument} from "./serverDocument.js";

const INTRO = `# Ward profiles

A profile for each of the seven boroughs' wards (May 2025 boundaries): where it is, deprivation
by neighbourhood, recorded crime, the age of its residents and the risk index rank of every
neighbourhood it overlaps.`;

/** /wards/: "find your area", then every ward under its borough, both in alphabetical order. */
export function wardIndexMarkdown(entries: readonly SearchEntry[]): string {
  const h = hyperscript(serverDocument());
  const wards = entries.filter((d) => d.kind === "ward");
  const boroughs = [...new Set(wards.map((d) => d.district ?? ""))].sort();
  const lists = boroughs.flatMap((borough) => {
    const list = wards.filter((d) => d.district === borough).sort((a, b) => a.label.localeCompare(b.label, "en-GB"));
    return [
      `## ${borough} (${list.length} wards)`,
      drawn(
        h(
          "ul",
          {class: "wm-ward-list"},
          list.map((d) => h("li", {}, h("a", {href: `../${d.href}`}, d.label)))
        )
      )
    ];
  });
  return markdownPage({title: "Ward profiles", root: "../", search: true}, [
    INTRO,
    `<div id="${SEARCH_SLOT}"></div>`,
    ...lists
  ]);
}
