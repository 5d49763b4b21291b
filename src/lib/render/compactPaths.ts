import {elementsByTagName} from "../../components/dom.js";

/**
 * Shorter path data for maps drawn at build time. d3-geo writes every point as absolute
 * coordinates with three decimals ("M324.857,278.102L324.431,282.436…"); a region's 1,719
 * neighbourhoods come to about 1 MB of HTML that way. Rounded to a tenth of a pixel (invisible at
 * the drawn size) and written relative to the previous point ("m324.9,278.1l-.5,4.3…"), with
 * points that round onto the previous one dropped, the same shapes take about half the bytes and
 * compress better. Paths with any other command (Plot's symbols: arcs, curves) are left alone.
 */
export function compactPaths(root: Element): void {
  for (const path of elementsByTagName(root, "path")) {
    const d = path.getAttribute("d");
    if (d && /^[MLZ\d.,\s-]+$/.test(d)) path.setAttribute("d", compactPathData(d));
  }
}

const TENTHS = 10;

/** Absolute M/L/Z path data as relative data in tenths of a pixel (see compactPaths). */
export function compactPathData(d: string): string {
  let out = "";
  // Positions in tenths of a pixel: the last point written and the start of the current subpath.
  let [x0, y0, startX, startY] = [0, 0, 0, 0];
  let command = "";
  // The last character written and whether the last number has a point: read from `out`, they
  // would flatten the growing string on every number (quadratic on a region's map).
  let previous = "";
  let lastHasPoint = false;
  const write = (next: "m" | "l", dx: number, dy: number) => {
    const numbers = [dx, dy].map((n) => String(n / TENTHS).replace(/^(-?)0\./, "$1."));
    // A command letter is needed unless it repeats ("m" is followed by implicit "l"s).
    let text = next === command ? "" : next;
    if (text) [previous, lastHasPoint] = [text, false];
    for (const n of numbers) {
      // Numbers run together where the next one's "-" or "." cannot be read as part of the previous.
      const joins = /[a-z]/.test(previous) || n.startsWith("-") || (n.startsWith(".") && lastHasPoint);
      text += joins ? n : `,${n}`;
      [previous, lastHasPoint] = [n.at(-1)!, n.includes(".")];
    }
    out += text;
    command = next === "m" ? "l" : next;
  };
  for (const [, letter, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (letter === "Z") {
      out += "z";
      command = "z";
      [x0, y0] = [startX, startY];
      continue;
    }
    const [x, y] = args.split(/[\s,]+/).map((v) => Math.round(Number(v) * TENTHS));
    if (letter === "L" && x === x0 && y === y0) continue;
    write(letter === "M" ? "m" : "l", x - x0, y - y0);
    [x0, y0] = [x, y];
    if (letter === "M") [startX, startY] = [x, y];
  }
  return out;
}
