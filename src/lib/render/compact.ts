/** Build-time graphics made lighter for the page: fewer digits, shapes and repeated rules. */
import type {Topology} from "topojson-specification";
import {presimplify, simplify} from "topojson-simplify";

/**
 * Rounds the coordinates in every path of `root` to `digits` decimals. Plot (d3-geo) writes three,
 * which in a graphic a few hundred pixels wide only add bytes to the page: a tenth of a pixel is
 * below what a screen shows.
 */
export function roundPaths<T extends Element>(root: T, digits = 1): T {
  const scale = 10 ** digits;
  // getElementsByTagName: a server-side DOM walks a large SVG much faster than it matches a selector.
  for (const path of [...root.getElementsByTagName("path")]) {
    const d = path.getAttribute("d")?.replace(/-?\d*\.\d+/g, (n) => String(Math.round(Number(n) * scale) / scale));
    if (d) path.setAttribute("d", d);
  }
  return root;
}

/**
 * Keeps the first of identical <style> elements in `roots`, in order: Plot adds the same rules to
 * every chart and legend, and each copy costs bytes and parsing (Framework reads each page's HTML
 * into a DOM twice while building).
 */
export function uniqueStyles(roots: readonly Element[]): void {
  const seen = new Set<string>();
  for (const root of roots)
    for (const style of [...root.getElementsByTagName("style")]) {
      const css = style.textContent ?? "";
      if (seen.has(css)) style.remove();
      else seen.add(css);
    }
}

const simplified = new WeakMap<Topology, Map<string, Topology>>();

/**
 * The topology with only `objects`, without the points whose removal changes a shape by less than
 * `minArea` (square degrees of longitude and latitude: Visvalingam's effective area, as in
 * topojson-simplify): enough for an overview map, much lighter than the shapes a neighbourhood map
 * needs. Made once per topology and choice.
 */
export function overviewTopology(topology: Topology, objects: readonly string[], minArea: number): Topology {
  const key = `${objects.join(",")}@${minArea}`;
  const made = simplified.get(topology) ?? new Map<string, Topology>();
  simplified.set(topology, made);
  if (!made.has(key)) {
    const subset = {...topology, objects: Object.fromEntries(objects.map((name) => [name, topology.objects[name]]))};
    made.set(key, simplify(presimplify(subset as never), minArea) as unknown as Topology);
  }
  return made.get(key)!;
}
