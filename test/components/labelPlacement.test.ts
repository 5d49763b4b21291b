// The one label placer of the maps (src/components/labelPlacement.ts), on SVGs shaped as Plot draws
// them, and on areaMap's output.
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {
  AREA_LABEL_CLASS,
  AVOID_CLASS,
  POINT_LABEL_CLASS,
  pathBox,
  placeLabels,
  textWidth,
  type Box
} from "../../src/components/labelPlacement.js";

const svgOf = (markup: string) =>
  new JSDOM(
    `<svg width="300" height="200" font-size="10" text-anchor="middle">${markup}</svg>`
  ).window.document.querySelector("svg")!;
const label = (className: string, anchor: string, x: number, y: number, text: string) =>
  `<g class="${className}" text-anchor="${anchor}" font-size="13" stroke-width="3">` +
  `<text transform="translate(${x},${y})">${text}</text></g>`;
/** A label's box as placeLabels estimates it, from where its text now is. */
function boxOf(svg: Element, text: string): Box {
  const element = [...svg.querySelectorAll("text")].find((t) => t.textContent === text)!;
  const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(element.getAttribute("transform")!)!.map(Number);
  const width = textWidth(text, 13) + 3;
  const anchor = element.parentElement!.getAttribute("text-anchor");
  const left = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  const height = 13 * 1.15 + 3;
  return [left, y - height / 2, left + width, y + height / 2];
}
const crosses = (a: Box, b: Box) =>
  Math.min(a[2], b[2]) > Math.max(a[0], b[0]) && Math.min(a[3], b[3]) > Math.max(a[1], b[1]);

describe("placeLabels", () => {
  it("estimates bold text generously and reads a Plot geo path's box", () => {
    // "Wolverhampton" in 13 px bold is about 116 px wide in Chromium's sans-serif.
    expect(textWidth("Wolverhampton", 13)).toBeGreaterThan(116);
    expect(pathBox("M10,20L30,5L25,40Z")).toEqual([10, 5, 30, 40]);
    expect(pathBox("")).toBeNull();
  });

  it("keeps names inside the map: a borough's name at the left edge moves in", () => {
    const svg = placeLabels(svgOf(label(POINT_LABEL_CLASS, "middle", 10, 100, "Wolverhampton")));
    const [left, , right] = boxOf(svg, "Wolverhampton");
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(300);
  });

  it("puts an area's name beside it, and moves a borough's name off the area and off that name", () => {
    const svg = placeLabels(
      svgOf(
        `<g class="${AVOID_CLASS}"><path d="M140,90L160,90L160,110L140,110Z"></path></g>` +
          label(AREA_LABEL_CLASS, "start", 150, 100, "Heath Town") +
          label(POINT_LABEL_CLASS, "middle", 150, 100, "Wolverhampton")
      )
    );
    const area: Box = [140, 90, 160, 110];
    const story = boxOf(svg, "Heath Town");
    const borough = boxOf(svg, "Wolverhampton");
    // Beside the area: within a few px of it on one side.
    const gap = Math.max(area[0] - story[2], story[0] - area[2], area[1] - story[3], story[1] - area[3]);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(8);
    expect(crosses(story, area)).toBe(false);
    expect(crosses(borough, area)).toBe(false);
    expect(crosses(borough, story)).toBe(false);
  });

  it("leaves a name where it is when nothing is in its way", () => {
    const svg = placeLabels(svgOf(label(POINT_LABEL_CLASS, "middle", 150, 100, "Sandwell")));
    expect(svg.querySelector("text")!.getAttribute("transform")).toBe("translate(150.0,100.0)");
  });
});
