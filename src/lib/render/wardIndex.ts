import {hyperscript} from "../../components/dom.js";
import type {SearchIndex} from "../wards/search.js";
import {drawn, markdownPage, searchSlot} from "./page.js";
import {serverDocument} from "./serverDocument.js";

const INTRO = `# Ward profiles

A profile for each of the seven boroughs' wards (May 2025 boundaries): where it is, deprivation
by neighbourhood, recorded crime, the age of its residents and the risk index rank of every
neighbourhood it overlaps.`;

/** /wards/: "find your area", then every ward under its borough, both in alphabetical order. */
export function wardIndexMarkdown({boroughs, wards}: Pick<SearchIndex, "boroughs" | "wards">): string {
  const h = hyperscript(serverDocument());
  const lists = boroughs.flatMap((borough, b) => {
    const list = wards.filter((w) => w[2] === b).sort(([a], [z]) => a.localeCompare(z, "en-GB"));
    return [
      `## ${borough} (${list.length} wards)`,
      drawn(
        h(
          "ul",
          {class: "wm-ward-list"},
          list.map(([name, slug]) => h("li", {}, h("a", {href: `../wards/${slug}`}, name)))
        )
      )
    ];
  });
  return markdownPage({title: "Ward profiles", root: "../", search: true}, [INTRO, searchSlot(), ...lists]);
}
