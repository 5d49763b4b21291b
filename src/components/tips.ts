/**
 * Tooltips for graphics drawn at build time (WCAG 1.4.13: dismissible, hoverable, persistent).
 * Each mark's text is in a <title> (a native tooltip when scripts are off); this moves it to
 * data-tip and shows it in one box per page, kept inside the viewport:
 * - beside the pointer over a mark; it stays while the pointer is on that mark or on the box;
 * - from the keyboard: the rows of a figure's data tables that stand for a mark (the same data-key)
 *   are one tab stop a table, moved through with the arrow keys, Home and End; the row's mark is
 *   highlighted and its tip shown beside it (beside the row when the mark is out of view). The marks
 *   themselves are not tab stops: a map has up to 1,719 of them, and a table reads them in a useful
 *   order. A table outside the figure names it with data-marks-in (dataTable's marksIn). A row may
 *   stand for a mark drawn in parts (a bar's segments and its score line share its key): the row
 *   highlights every part and shows their tips as one (partsTip);
 * - Escape hides it until the pointer or focus moves to another mark.
 * Figures announce a "wm-mark-focus" event on a mark when its row takes focus (zoom.ts follows it).
 * The mark the reader last chose (a row reached from the keyboard, or a click on the mark) goes into
 * the page's address as `?area=<data-key>`; `restoreSelectedMark` shows it again from a shared link.
 */
import {readViewParam, writeViewParam} from "./viewState.js";

const ACTIVE = "wm-mark-active";
/** The address's parameter that names the selected mark. */
const AREA_PARAM = "area";
const EDGE = 8;
const GAP = 12;

export function enhanceTips(root: ParentNode = document): void {
  for (const graphic of root.querySelectorAll<SVGSVGElement>(".wm-figure svg:not([data-tips])")) tips(graphic);
  for (const figure of root.querySelectorAll<HTMLElement>(".wm-figure:not([data-tip-rows])")) tipRows(figure);
}

/** The page's one tooltip box, and what it is showing. */
interface Tip {
  box: HTMLElement;
  /** The mark whose tip shows: the one under the pointer, or the first part of a row's mark. */
  mark: Element | null;
  /** The marks highlighted: that mark, or every part of a row's mark. */
  parts: readonly Element[];
  /** What the box is placed beside when it is not at the pointer: the marks, or the row of a mark out of view. */
  beside: readonly Element[];
  /** The mark whose tip the reader dismissed with Escape: not shown again until another mark. */
  dismissed: Element | null;
}
const pageTips = new WeakMap<Document, Tip>();

function pageTip(document: Document): Tip {
  let tip = pageTips.get(document);
  if (tip) {
    // A page that replaced its body (a test, a script) gets the box back.
    if (!tip.box.isConnected) document.body.append(tip.box);
    return tip;
  }
  const box = document.createElement("div");
  box.className = "wm-tip";
  box.hidden = true;
  // The same words are in the figure's data table, which is what assistive technology reads.
  box.setAttribute("aria-hidden", "true");
  document.body.append(box);
  tip = {box, mark: null, parts: [], beside: [], dismissed: null};
  pageTips.set(document, tip);
  const current = tip;
  box.addEventListener("pointerleave", (event) => {
    if (!current.mark?.closest("svg")?.contains(event.relatedTarget as Node)) hide(current);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || current.box.hidden) return;
    current.dismissed = current.mark;
    hide(current);
  });
  // A tip beside the pointer would be left behind by scrolling; one beside a focused row's mark follows it.
  document.addEventListener(
    "scroll",
    () => (current.mark && current.box.dataset.anchor === "mark" ? place(current) : hide(current)),
    {
      passive: true,
      capture: true
    }
  );
  return tip;
}

function hide(tip: Tip): void {
  tip.box.hidden = true;
  highlight(tip.parts, false);
  tip.mark = null;
  tip.parts = [];
}

/** A mark's highlight: a dark outline, drawn over its neighbours. */
function highlight(parts: readonly Element[], on: boolean): void {
  for (const part of parts) {
    part.classList.toggle(ACTIVE, on);
    if (on) part.parentElement?.append(part);
  }
}

/**
 * One tip for a mark drawn in parts, from each part's tip: the first line they all share (the area's
 * name) once, then the other lines of each part in turn.
 */
export function partsTip(tips: readonly string[]): string {
  const lines = tips.map((tip) => tip.split("\n"));
  const [first] = lines[0] ?? [];
  if (lines.length < 2 || lines.some((l) => l.length < 2 || l[0] !== first)) return tips.join("\n");
  return [first, ...lines.flatMap((l) => l.slice(1))].join("\n");
}

/**
 * Shows a mark's tip (one tip for the parts of a row's mark) beside the point (x, y) in the viewport,
 * or beside elements (the parts themselves).
 */
function show(
  tip: Tip,
  parts: readonly Element[],
  at?: {x: number; y: number},
  beside: readonly Element[] = parts
): void {
  const [mark] = parts;
  if (mark === tip.dismissed) return;
  tip.dismissed = null;
  if (tip.mark !== mark) highlight(tip.parts, false);
  tip.mark = mark;
  tip.parts = parts;
  tip.beside = beside;
  highlight(parts, true);
  tip.box.textContent = partsTip(parts.map((part) => part.getAttribute("data-tip") ?? ""));
  tip.box.hidden = false;
  tip.box.dataset.anchor = at ? "pointer" : "mark";
  place(tip, at);
}

/** The smallest box around elements, in the viewport. */
function boundsOf(elements: readonly Element[]): {top: number; right: number; height: number} | undefined {
  const rects = elements.map((e) => e.getBoundingClientRect());
  if (!rects.length) return undefined;
  const top = Math.min(...rects.map((r) => r.top));
  return {top, right: Math.max(...rects.map((r) => r.right)), height: Math.max(...rects.map((r) => r.bottom)) - top};
}

/**
 * Beside the point (or the mark), on the side where it fits, and never past the viewport's edges:
 * the box is fixed to the viewport, so no figure's scrolling box can cut it off.
 */
function place(tip: Tip, at?: {x: number; y: number}): void {
  const {box, beside} = tip;
  const view = box.ownerDocument.documentElement;
  const rect = boundsOf(beside);
  const x = at?.x ?? (rect ? rect.right : 0);
  const y = at?.y ?? (rect ? rect.top + rect.height / 2 : 0);
  const {offsetWidth: width, offsetHeight: height} = box;
  const right = view.clientWidth - EDGE - width;
  const bottom = view.clientHeight - EDGE - height;
  const left = x + GAP <= right ? x + GAP : x - GAP - width;
  const top = y - GAP - height >= EDGE ? y - GAP - height : y + GAP;
  box.style.left = `${Math.max(EDGE, Math.min(right, left))}px`;
  box.style.top = `${Math.max(EDGE, Math.min(bottom, top))}px`;
}

function tips(graphic: SVGSVGElement): void {
  for (const title of [...graphic.querySelectorAll("title")]) {
    title.parentElement!.setAttribute("data-tip", title.textContent ?? "");
    title.remove();
  }
  graphic.setAttribute("data-tips", "");
  if (!graphic.querySelector("[data-tip]")) return;
  const tip = pageTip(graphic.ownerDocument);
  graphic.addEventListener("pointermove", (event) => {
    const mark = (event.target as Element).closest("[data-tip]");
    if (!mark || !graphic.contains(mark)) {
      tip.dismissed = null;
      if (tip.mark && graphic.contains(tip.mark)) hide(tip);
      return;
    }
    // The box stays where it is while the pointer is on the same mark, so the pointer can reach it.
    if (mark !== tip.mark) show(tip, [mark], {x: event.clientX, y: event.clientY});
  });
  graphic.addEventListener("click", (event) => {
    const key = (event.target as Element).closest("[data-tip][data-key]")?.getAttribute("data-key");
    if (key) writeViewParam(AREA_PARAM, key);
  });
  graphic.addEventListener("pointerleave", (event) => {
    tip.dismissed = null;
    if (tip.mark && graphic.contains(tip.mark) && !tip.box.contains(event.relatedTarget as Node)) hide(tip);
  });
}

/** The figure's marks with a tip, by data-key. In a figure drawn at two widths, the one shown. */
function marksByKey(figure: HTMLElement): Map<string, Element[]> {
  const marks = new Map<string, Element[]>();
  for (const mark of figure.querySelectorAll("svg [data-key][data-tip]")) {
    const key = mark.getAttribute("data-key")!;
    if (key) marks.set(key, [...(marks.get(key) ?? []), mark]);
  }
  return marks;
}

/**
 * Of a key's marks, the parts drawn in the graphic shown (a figure drawn at two widths shows one):
 * one mark, or every part of a mark drawn in parts.
 */
function shown(marks: readonly Element[]): Element[] {
  const graphic = (marks.find((m) => m.getBoundingClientRect().width > 0) ?? marks[0]).closest("svg");
  return marks.filter((m) => m.closest("svg") === graphic);
}

/** Whether any of an element is inside the viewport. */
function inView(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  const view = element.ownerDocument.documentElement;
  return rect.bottom > 0 && rect.right > 0 && rect.top < view.clientHeight && rect.left < view.clientWidth;
}

/** The figure's own tables' rows, then those of tables elsewhere on the page that name it (data-marks-in). */
function rowsOf(figure: HTMLElement): HTMLTableRowElement[] {
  const title = figure.getAttribute("aria-labelledby");
  const named = [...figure.ownerDocument.querySelectorAll<HTMLElement>(".data-table[data-marks-in]")].filter(
    (table) => `${table.dataset.marksIn}-title` === title
  );
  return [
    ...figure.querySelectorAll<HTMLTableRowElement>(".data-table tr[data-key]"),
    ...named.flatMap((table) => [...table.querySelectorAll<HTMLTableRowElement>("tr[data-key]")])
  ];
}

/** Whether a row stands for one of the marks. */
const keyedTo = (marks: Map<string, Element[]>) => (row: Element) => marks.has(row.getAttribute("data-key") ?? "");

function tipRows(figure: HTMLElement): void {
  figure.setAttribute("data-tip-rows", "");
  const marks = marksByKey(figure);
  const rows = rowsOf(figure).filter(keyedTo(marks));
  if (!rows.length) return;
  const tip = pageTip(figure.ownerDocument);
  // Each table is one tab stop.
  for (const tbody of new Set(rows.map((row) => row.parentElement as HTMLTableSectionElement)))
    tipTable(tbody, marks, tip);
}

function tipTable(tbody: HTMLTableSectionElement, marks: Map<string, Element[]>, tip: Tip): void {
  const keyed = keyedTo(marks);
  const rows = [...tbody.rows].filter(keyed);
  rows.forEach((row, i) => (row.tabIndex = i === 0 ? 0 : -1));
  tbody.addEventListener("focusin", (event) => {
    const row = (event.target as Element).closest("tr");
    if (!row || !rows.includes(row as HTMLTableRowElement)) return;
    for (const other of rows) other.tabIndex = other === row ? 0 : -1;
    const key = row.getAttribute("data-key")!;
    const parts = shown(marks.get(key)!);
    parts[0].dispatchEvent(new Event("wm-mark-focus", {bubbles: true}));
    show(tip, parts, undefined, parts.some(inView) ? parts : [row]);
    writeViewParam(AREA_PARAM, key);
  });
  tbody.addEventListener("focusout", (event) => {
    if (!tbody.contains(event.relatedTarget as Node)) hide(tip);
  });
  tbody.addEventListener("keydown", (event) => {
    // The rows in their order now (a sorted table reorders them).
    const order = [...tbody.rows].filter(keyed);
    const index = order.indexOf((event.target as Element).closest("tr") as HTMLTableRowElement);
    if (index < 0) return;
    const target = {ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: order.length - 1}[event.key];
    if (target === undefined) return;
    event.preventDefault();
    order[Math.max(0, Math.min(order.length - 1, target))].focus();
  });
}

/**
 * The mark a shared link names (`?area=<data-key>`), in the first figure that has it: scrolled to,
 * highlighted and with its tip shown. A zoomed map keeps the view the link gives (zoom.ts), which
 * is the view the sender had. Run after the page's tips and zoom are set up.
 */
export function restoreSelectedMark(root: ParentNode = document): void {
  const key = readViewParam(AREA_PARAM);
  if (!key) return;
  const figure = [...root.querySelectorAll<HTMLElement>(".wm-figure[data-tip-rows]")].find((f) =>
    marksByKey(f).has(key)
  );
  if (!figure) return;
  const parts = shown(marksByKey(figure).get(key)!);
  parts[0].scrollIntoView({block: "center"});
  show(pageTip(parts[0].ownerDocument), parts);
}
