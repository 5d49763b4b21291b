// What the browser adds to maps drawn at build time: tooltips reached from the table's rows and
// dismissed with Escape (tips.ts), zooming (zoom.ts) and a decile map's key (decileKey.ts), on
// markup as the build writes it.
import {topology} from "topojson-server";
import type {Topology} from "topojson-specification";
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {areaMap} from "../../src/components/areaMap.js";
import {contributionBars} from "../../src/components/contributionBars.js";
import {dataTable} from "../../src/components/dataTable.js";
import {decileLegend, decileMap} from "../../src/components/decileMap.js";
import {enhancePage} from "../../src/components/enhance.js";
import {figure} from "../../src/components/figure.js";
import {partsTip} from "../../src/components/tips.js";
import {parseViewParam, viewBox, viewParam, WHOLE, within, zoomable, zoomAbout} from "../../src/components/zoom.js";

/** A square LSOA of 0.1° at (x, y), wound clockwise as d3-geo expects. */
function square(id: string, x: number, y: number): GeoJSON.Feature<GeoJSON.Polygon> {
  const ring = [
    [x, y],
    [x, y + 0.1],
    [x + 0.1, y + 0.1],
    [x + 0.1, y],
    [x, y]
  ];
  return {type: "Feature", id, properties: {name: `Area ${id}`}, geometry: {type: "Polygon", coordinates: [ring]}};
}
const features = [square("E01000001", -2, 52.5), square("E01000002", -1.9, 52.5), square("E01000003", -1.8, 52.5)];
const collection = (list: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
  type: "FeatureCollection",
  features: list
});
const topo = topology({
  lsoa: collection(features),
  district: collection([{...square("E08000001", -2, 52.5), properties: {name: "Borough"}}])
}) as unknown as Topology;
const rows = features.map((f) => ({code: String(f.id), name: f.properties!.name as string}));

/**
 * The map's figure as the built page has it (markup only), and any elements `after` it, enhanced as
 * the page's script does at `address`.
 */
function builtPage(address = "/", after: Element[] = []) {
  history.replaceState(null, "", address);
  // jsdom lays nothing out, so it cannot scroll; a browser brings the shared mark into view.
  Element.prototype.scrollIntoView = () => {};
  const map = figure({
    title: "Map",
    summary: "A map of three areas.",
    graphic: zoomable(
      areaMap(topo, {
        layer: "lsoa",
        fill: () => "#ccc",
        title: (code, name) => `In Ward — ${name} (${code})`,
        districtLabels: true
      })
    ),
    table: dataTable({caption: "Areas", rows, key: (r) => r.code, columns: [{label: "Area", value: (r) => r.name}]}),
    source: "S",
    id: "map"
  });
  document.body.innerHTML = [map, ...after].map((e) => e.outerHTML).join("");
  enhancePage();
}
const tip = () => document.querySelector<HTMLElement>(".wm-tip")!;
const press = (key: string) =>
  document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", {key, bubbles: true}));

describe("tooltips from the keyboard", () => {
  beforeEach(() => builtPage());

  it("keys each mark and each table row by the area's code", () => {
    expect([...document.querySelectorAll("svg path[data-key]")].map((p) => p.getAttribute("data-key"))).toEqual(
      rows.map((r) => r.code)
    );
    expect([...document.querySelectorAll("tbody tr")].map((r) => r.getAttribute("data-key"))).toEqual(
      rows.map((r) => r.code)
    );
  });

  it("makes the rows one tab stop; a row's focus shows its area's tip, and the arrow keys move between rows", () => {
    const tableRows = [...document.querySelectorAll<HTMLTableRowElement>("tbody tr")];
    expect(tableRows.map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    tableRows[0].focus();
    expect(tip().hidden).toBe(false);
    expect(tip().textContent).toBe("In Ward — Area E01000001 (E01000001)");
    expect(document.querySelector('svg [data-key="E01000001"]')!.classList.contains("wm-mark-active")).toBe(true);
    press("ArrowDown");
    expect(document.activeElement).toBe(tableRows[1]);
    expect(tableRows.map((r) => r.tabIndex)).toEqual([-1, 0, -1]);
    expect(tip().textContent).toContain("(E01000002)");
    press("End");
    expect(document.activeElement).toBe(tableRows[2]);
  });

  it("hides the tip on Escape, until focus moves to another area, and when focus leaves the table", () => {
    const tableRows = [...document.querySelectorAll<HTMLTableRowElement>("tbody tr")];
    tableRows[0].focus();
    press("Escape");
    expect(tip().hidden).toBe(true);
    expect(document.querySelector(".wm-mark-active")).toBeNull();
    press("ArrowDown");
    expect(tip().hidden).toBe(false);
    document.querySelector<HTMLElement>("summary")!.focus();
    expect(tip().hidden).toBe(true);
  });

  it("reaches the tips from a table outside the figure that names it, one more tab stop", () => {
    const ranking = dataTable({
      caption: "Ranking",
      rows: [...rows].reverse(),
      key: (r) => r.code,
      marksIn: "map",
      columns: [{label: "Area", value: (r) => r.name}]
    });
    builtPage("/", [ranking]);
    const [inFigure, outside] = [...document.querySelectorAll("tbody")].map((t) => [...t.rows]);
    expect(inFigure.map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    expect(outside.map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    outside[0].focus();
    expect(tip().textContent).toContain("(E01000003)");
    press("ArrowDown");
    expect(document.activeElement).toBe(outside[1]);
    expect(tip().textContent).toContain("(E01000002)");
  });
});

describe("tooltips of a mark drawn in parts, from the keyboard", () => {
  const parts = [
    {key: "a", label: "Violence"},
    {key: "b", label: "Mental health"}
  ];
  const bars = [
    {code: "E02000001", name: "Hawkesley", rank: 1, tied: 1, score: 1.5, contributions: [1, 0.5]},
    {code: "E02000002", name: "Druids Heath", rank: 2, tied: 1, score: 0.5, contributions: [0.75, -0.25]},
    {code: "E02000003", name: "Not drawn", rank: 3, tied: 1, score: 0.1, contributions: [0.1, 0]}
  ].map((b) => ({...b, contributions: b.contributions.map((contribution, i) => ({key: parts[i].key, contribution}))}));

  beforeEach(() => {
    history.replaceState(null, "", "/");
    const chart = figure({
      title: "Bars",
      summary: "Two bars in two parts.",
      graphic: contributionBars(bars.slice(0, 2), {parts}),
      table: dataTable({
        caption: "Contributions",
        rows: bars,
        key: (b) => (b.rank < 3 ? b.code : null),
        columns: [{label: "Neighbourhood", value: (b) => b.name}]
      }),
      source: "S",
      id: "bars"
    });
    document.body.innerHTML = chart.outerHTML;
    enhancePage();
  });

  it("highlights every part of the row's bar and shows their tips as one, naming the area once", () => {
    const [first, second, undrawn] = [...document.querySelectorAll<HTMLTableRowElement>("tbody tr")];
    expect(undrawn.hasAttribute("tabindex")).toBe(false);
    first.focus();
    expect(tip().textContent).toBe("Hawkesley\nViolence: +1.00\nMental health: +0.50\nIndex score +1.50 (rank 1)");
    const active = () => [...document.querySelectorAll(".wm-mark-active")].map((m) => m.getAttribute("data-key"));
    expect(active()).toEqual(["E02000001", "E02000001", "E02000001"]);
    press("ArrowDown");
    expect(document.activeElement).toBe(second);
    expect(tip().textContent).toMatch(/^Druids Heath\nViolence: \+0\.75\nMental health: −0\.25\n/);
    expect(active()).toEqual(["E02000002", "E02000002", "E02000002"]);
    press("Escape");
    expect(active()).toEqual([]);
  });

  it("joins parts' tips whole when they do not share their first line", () => {
    expect(partsTip(["A\nx: 1", "A\ny: 2"])).toBe("A\nx: 1\ny: 2");
    expect(partsTip(["A\nx: 1", "B\ny: 2"])).toBe("A\nx: 1\nB\ny: 2");
    expect(partsTip(["A", "A"])).toBe("A\nA");
    expect(partsTip(["A\nx: 1"])).toBe("A\nx: 1");
  });
});

describe("the view in the address", () => {
  afterEach(() => vi.useRealTimers());

  it("names the area of the row reached from the keyboard, and shows it again from a shared link", () => {
    builtPage();
    document.querySelectorAll<HTMLTableRowElement>("tbody tr")[1].focus();
    expect(location.search).toBe("?area=E01000002");
    const entries = history.length;
    builtPage("/?area=E01000003");
    expect(history.length).toBe(entries);
    expect(tip().hidden).toBe(false);
    expect(tip().textContent).toContain("(E01000003)");
    expect(document.querySelector('svg [data-key="E01000003"]')!.classList.contains("wm-mark-active")).toBe(true);
  });

  it("ignores an area no figure has", () => {
    builtPage("/?area=E01999999");
    expect(document.querySelector(".wm-mark-active")).toBeNull();
  });

  it("writes the zoomed view as k,x,y and reads it back within the limits", () => {
    expect(viewParam({k: 2, x: 0.123456, y: 0.75})).toBe("2,0.1235,0.75");
    expect(parseViewParam("2,0.3,0.75")).toEqual({k: 2, x: 0.3, y: 0.75});
    expect(parseViewParam("2,0.1,0.75")).toEqual({k: 2, x: 0.25, y: 0.75});
    expect(parseViewParam("50,0,0")).toEqual({k: 8, x: 1 / 16, y: 1 / 16});
    for (const bad of [null, "", "2,0.5", "a,b,c", "2,0.5,0.5,1"]) expect(parseViewParam(bad)).toBeNull();
  });

  it("opens a shared link at its zoom, and puts the reader's zoom in the address once the map is still", () => {
    vi.useFakeTimers();
    builtPage("/?zoom=2,0.25,0.25");
    const svg = document.querySelector("svg[data-zoom-ready]")!;
    const [, , width, height] = svg.getAttribute("viewBox")!.split(" ").map(Number);
    expect(svg.getAttribute("viewBox")).toBe(`0 0 ${width} ${height}`);
    expect(document.querySelector(".wm-zoom-status")!.textContent).toMatch(/^Zoomed in 2×/);
    const button = (name: string) =>
      [...document.querySelectorAll<HTMLButtonElement>(".wm-zoom button")].find((b) => b.textContent === name)!;
    button("Zoom in").click();
    expect(location.search).toBe("?zoom=2,0.25,0.25");
    vi.runAllTimers();
    expect(location.search).toBe("?zoom=4,0.25,0.25");
    button("Reset view").click();
    vi.runAllTimers();
    expect(location.search).toBe("");
  });
});

describe("zoom", () => {
  it("zooms about a point, never past its limits or out of the drawing", () => {
    expect(zoomAbout(WHOLE, 2)).toEqual({k: 2, x: 0.5, y: 0.5});
    expect(zoomAbout(WHOLE, 1 / 2)).toEqual(WHOLE);
    expect(zoomAbout(WHOLE, 100).k).toBe(8);
    // About the top-left corner, the corner stays where it was.
    expect(zoomAbout(WHOLE, 2, 0, 0)).toEqual({k: 2, x: 0.25, y: 0.25});
    expect(within({k: 2, x: 0.9, y: 0.1})).toEqual({k: 2, x: 0.75, y: 0.25});
    expect(viewBox({k: 2, x: 0.25, y: 0.25}, 640, 460)).toBe("0 0 320 230");
  });

  it("adds buttons that change the map's viewBox, keep its names' size on screen, and reset it", () => {
    builtPage();
    const svg = document.querySelector("svg[data-zoom-ready]")!;
    const whole = svg.getAttribute("viewBox");
    const button = (name: string) =>
      [...document.querySelectorAll<HTMLButtonElement>(".wm-zoom button")].find((b) => b.textContent === name)!;
    expect(button("Zoom out").disabled).toBe(true);
    const fontSize = () => Number(svg.querySelector(".wm-label-point")!.getAttribute("font-size"));
    const drawn = fontSize();
    button("Zoom in").click();
    expect(svg.getAttribute("viewBox")).not.toBe(whole);
    expect(fontSize()).toBe(drawn / 2);
    expect(document.querySelector(".wm-zoom-status")!.textContent).toMatch(/^Zoomed in 2×/);
    button("Zoom in").focus();
    const zoomed = svg.getAttribute("viewBox");
    press("ArrowRight");
    expect(svg.getAttribute("viewBox")).not.toBe(zoomed);
    button("Reset view").click();
    expect(svg.getAttribute("viewBox")).toBe(whole);
    expect(fontSize()).toBe(drawn);
  });

  it("zooms with Ctrl and the wheel (a trackpad's pinch) about the pointer, and a mouse drags the zoomed map", () => {
    builtPage();
    const svg = document.querySelector<SVGSVGElement>("svg[data-zoom-ready]")!;
    // jsdom lays nothing out: the map is 400 px square at the viewport's corner.
    svg.getBoundingClientRect = () => ({left: 0, top: 0, width: 400, height: 400}) as DOMRect;
    svg.setPointerCapture = () => {};
    const [, , width, height] = svg.getAttribute("viewBox")!.split(" ").map(Number);
    const box = () => svg.getAttribute("viewBox")!.split(" ").map(Number);
    // jsdom has no PointerEvent: a mouse event with the pointer's id.
    const send = (type: string, pointerId: number, clientX: number, clientY: number) => {
      const event = new MouseEvent(type, {bubbles: true, button: 0, clientX, clientY});
      svg.dispatchEvent(Object.defineProperty(event, "pointerId", {value: pointerId}));
    };
    // The wheel alone scrolls the page.
    svg.dispatchEvent(new WheelEvent("wheel", {deltaY: -69.3, clientX: 0, clientY: 0, cancelable: true}));
    expect(box()).toEqual([0, 0, width, height]);
    // With Ctrl, twice as close about the top-left corner, which stays where it is.
    svg.dispatchEvent(
      new WheelEvent("wheel", {deltaY: -69.3, ctrlKey: true, clientX: 0, clientY: 0, cancelable: true})
    );
    expect(box()[0]).toBeCloseTo(0);
    expect(box()[2]).toBeCloseTo(width / 2, 0);
    // A drag of 100 px to the left moves the view a quarter of the map's shown width to the right.
    send("pointerdown", 1, 200, 200);
    send("pointermove", 1, 100, 200);
    send("pointerup", 1, 100, 200);
    expect(box()[0]).toBeCloseTo(width / 8, 0);
    expect(box()[1]).toBeCloseTo(0);
  });
});

describe("a decile map's key", () => {
  // Two LSOAs in decile 1, one in decile 2: the one decile-2 LSOA is what a reader must find.
  const deciles = new Map([
    ["E01000001", 1],
    ["E01000002", 1],
    ["E01000003", 2]
  ]);
  beforeEach(() => {
    const map = figure({
      title: "Deciles",
      summary: "Three areas by decile.",
      legend: decileLegend(deciles.values()),
      graphic: decileMap(topo, {deciles, outlines: []}),
      source: "S",
      id: "deciles"
    });
    document.body.innerHTML = map.outerHTML;
  });
  const shown = () => [...document.querySelectorAll(".wm-decile-shown")].map((p) => p.getAttribute("data-key"));

  it("gives each decile's count of LSOAs on the map, with or without scripts", () => {
    const items = [...document.querySelectorAll(".wm-decile-key [role=listitem]")].map((i) => i.textContent);
    expect(items).toEqual(["1: 2 LSOAs", "2: 1 LSOA", ...[3, 4, 5, 6, 7, 8, 9, 10].map((d) => `${d}: 0 LSOAs`)]);
  });

  it("makes each entry a button that outlines its decile's LSOAs and fades the others, one decile at a time", () => {
    enhancePage();
    const buttons = [...document.querySelectorAll<HTMLButtonElement>(".wm-decile-key button")];
    expect(buttons.map((b) => b.textContent)).toEqual(
      [...document.querySelectorAll("[role=listitem]")].map((i) => i.textContent)
    );
    expect(buttons.map((b) => b.disabled)).toEqual([false, false, true, true, true, true, true, true, true, true]);
    expect(document.querySelector(".wm-decile-hint")?.textContent).toBe(
      "Choose a decile to outline its LSOAs on the map."
    );
    const svg = document.querySelector("svg[role=img]")!;
    buttons[1].click();
    expect(shown()).toEqual(["E01000003"]);
    expect(svg.classList.contains("wm-decile-showing")).toBe(true);
    expect(buttons.map((b) => b.getAttribute("aria-pressed")).slice(0, 2)).toEqual(["false", "true"]);
    buttons[0].click();
    expect(shown().sort()).toEqual(["E01000001", "E01000002"]);
    buttons[0].click();
    expect(shown()).toEqual([]);
    expect(svg.classList.contains("wm-decile-showing")).toBe(false);
    expect(buttons.every((b) => b.getAttribute("aria-pressed") === "false")).toBe(true);
  });
});
