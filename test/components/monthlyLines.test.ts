// Monthly lines: one line per series that breaks where a month is not shown, a mark with its
// tooltip only on the months shown, and text of 12 px or more at both drawn widths.
import {describe, expect, it} from "vitest";
import {monthlyLines} from "../../src/components/monthlyLines.js";
import {NARROW, WIDE} from "../../src/components/responsive.js";
import {smallestText} from "./figureText.js";

const rows = [
  {month: "2024-01", type: "Robbery", n: 7},
  {month: "2024-02", type: "Robbery", n: null},
  {month: "2024-03", type: "Robbery", n: 9},
  {month: "2024-04", type: "Robbery", n: 8},
  {month: "2024-01", type: "Drugs", n: 12},
  {month: "2024-02", type: "Drugs", n: 14},
  {month: "2024-03", type: "Drugs", n: 11},
  {month: "2024-04", type: "Drugs", n: 10}
];
const draw = (width: number) =>
  monthlyLines(rows, {
    month: (r) => r.month,
    series: (r) => r.type,
    seriesOrder: ["Robbery", "Drugs"],
    value: (r) => r.n,
    label: "Crimes",
    title: (r) => `${r.type}, ${r.month}: ${r.n}`,
    width
  });

describe("monthlyLines", () => {
  it("draws a mark with a tooltip for each month shown, none for a hidden one", () => {
    const titles = [...draw(WIDE).querySelectorAll("title")].map((t) => t.textContent);
    expect(titles).toHaveLength(7);
    expect(titles).toContain("Robbery, 2024-03: 9");
    expect(titles.some((t) => t?.includes("null"))).toBe(false);
  });

  it("breaks a series' line at a hidden month", () => {
    const paths = [...draw(WIDE).querySelectorAll("path[stroke]")].filter((p) => p.closest("g[fill='none']"));
    const robbery = paths.find((p) => p.getAttribute("stroke") === "#000000")!.getAttribute("d")!;
    const drugs = paths.find((p) => p.getAttribute("stroke") === "#0072B2")!.getAttribute("d")!;
    // A broken line starts again with a move (M); the unbroken one moves once.
    expect(robbery.match(/M/g)).toHaveLength(2);
    expect(drugs.match(/M/g)).toHaveLength(1);
  });

  it("writes text of 12 px or more at both widths", () => {
    expect(smallestText(draw(NARROW))).toBeGreaterThanOrEqual(12);
    expect(smallestText(draw(WIDE))).toBeGreaterThanOrEqual(12);
  });
});
