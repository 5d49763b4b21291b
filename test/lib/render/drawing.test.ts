// Build-time drawing helpers: compact path data and topologies simplified for a width (labels:
// test/components/labelPlacement.test.ts).
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {compactPathData, compactPaths} from "../../../src/lib/render/compactPaths.js";
import {simplifyForWidth} from "../../../src/lib/render/simplify.js";
import {model} from "./fixtureData.js";

/** The absolute points a relative path visits, subpath by subpath (z returns to the subpath's start). */
function points(d: string): number[][] {
  const out: number[][] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, command, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (command === "z") {
      [x, y] = [startX, startY];
      continue;
    }
    const numbers = [...args.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));
    for (let i = 0; i < numbers.length; i += 2) {
      [x, y] = [x + numbers[i], y + numbers[i + 1]];
      if (command === "m" && i === 0) [startX, startY] = [x, y];
      out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    }
  }
  return out;
}

describe("compactPathData", () => {
  it("writes the same points, rounded to a tenth of a pixel, relative to the previous one", () => {
    const d = "M324.857,278.102L324.431,282.436L324.43,282.44L10,5ZM12.05,7.95L0.5,0.5Z";
    const compact = compactPathData(d);
    expect(compact).toBe("m324.9,278.1-.5,4.3-314.4-277.4zm-312.8-270.1-11.6-7.5z");
    expect(points(compact)).toEqual([
      [324.9, 278.1],
      [324.4, 282.4],
      [10, 5],
      [12.1, 8],
      [0.5, 0.5]
    ]);
  });

  it("separates numbers only where they would run together", () => {
    expect(compactPathData("M1,1L1.5,1.5L2,2")).toBe("m1,1,.5.5.5.5");
    expect(compactPathData("M10,10L10,10.5")).toBe("m10,10,0,.5");
  });

  it("leaves paths with other commands (Plot's symbols) alone", () => {
    const {document} = new JSDOM("<svg><path d='M4.5,0A4.5,4.5,0,1,1,-4.5,0'/><path d='M1,2L3,4'/></svg>").window;
    compactPaths(document.querySelector("svg")!);
    expect([...document.querySelectorAll("path")].map((p) => p.getAttribute("d"))).toEqual([
      "M4.5,0A4.5,4.5,0,1,1,-4.5,0",
      "m1,2,2,2"
    ]);
  });
});

describe("simplifyForWidth", () => {
  const count = (t: {arcs: number[][][]}) => t.arcs.reduce((n, arc) => n + arc.length, 0);

  it("keeps every arc and its ends, and drops more points the narrower the map", () => {
    const wide = simplifyForWidth(model.topology, 640);
    const tiny = simplifyForWidth(model.topology, 8);
    expect(wide.arcs).toHaveLength(model.topology.arcs.length);
    expect(tiny.arcs.every((arc) => arc.length >= 2)).toBe(true);
    expect(count(tiny)).toBeLessThanOrEqual(count(wide));
    expect(wide.objects).toBe(model.topology.objects);
  });
});
