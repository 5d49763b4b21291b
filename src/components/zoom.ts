/**
 * Zooming and panning for a map drawn at build time, added in the browser: buttons (zoom in, zoom
 * out, reset) that work from the keyboard, the arrow keys on those buttons to move a zoomed map,
 * dragging with a mouse or a finger, pinching with two fingers (touch events) or a trackpad, Ctrl and the wheel,
 * and a double click. Only the SVG's viewBox changes, at once (nothing animates, so reduced motion
 * needs nothing else); names and lines keep their size on screen. Without scripts the map is whole.
 *
 * A map is marked at build time with `zoomable` (the graphic: one SVG or the width variants of
 * `responsive`, which all follow one view). A table row that shows a mark (tips.ts) brings that
 * mark into view.
 */
import {hyperscript} from "./dom.js";
import {debouncedViewParam, readViewParam} from "./viewState.js";

const ZOOMABLE = "data-zoom";
const MAX_ZOOM = 8;
const STEP = 2;
/** How far one arrow key moves the view: a share of what is in view. */
const PAN = 0.2;

/** Marks a graphic, at build time, as a map the reader can zoom. */
export function zoomable<T extends Element>(graphic: T): T {
  graphic.setAttribute(ZOOMABLE, "");
  return graphic;
}

/** A view of the drawing: zoom k, and the centre as a share of its width and height. */
export interface View {
  k: number;
  x: number;
  y: number;
}

export const WHOLE: View = {k: 1, x: 0.5, y: 0.5};

/** The view zoomed by `factor` about the point (px, py), kept within the zoom limits and the drawing. */
export function zoomAbout(view: View, factor: number, px = view.x, py = view.y): View {
  const k = Math.max(1, Math.min(MAX_ZOOM, view.k * factor));
  const ratio = view.k / k;
  return within({k, x: px + (view.x - px) * ratio, y: py + (view.y - py) * ratio});
}

/** The view with its centre moved so that nothing outside the drawing comes into view. */
export function within({k, x, y}: View): View {
  const half = 1 / (2 * k);
  return {k, x: Math.max(half, Math.min(1 - half, x)), y: Math.max(half, Math.min(1 - half, y))};
}

/** The viewBox of a drawing `width` by `height` px seen in `view`. */
export function viewBox({k, x, y}: View, width: number, height: number): string {
  const w = width / k;
  const h = height / k;
  const round = (v: number) => Math.round(v * 100) / 100;
  return [x * width - w / 2, y * height - h / 2, w, h].map(round).join(" ");
}

/** A zoomed view as the address's `zoom` parameter: "k,x,y" (3.2,0.4125,0.6). */
export function viewParam({k, x, y}: View): string {
  const round = (v: number, digits: number) => String(Math.round(v * 10 ** digits) / 10 ** digits);
  return [round(k, 2), round(x, 4), round(y, 4)].join(",");
}

/** The view a `zoom` parameter names, kept within the limits, or null if it names none. */
export function parseViewParam(text: string | null): View | null {
  const parts = (text ?? "").split(",").map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return null;
  const [k, x, y] = parts;
  return within({k: Math.max(1, Math.min(MAX_ZOOM, k)), x, y});
}

/** The address's parameter that holds the view of the page's first zoomable map. */
const ZOOM_PARAM = "zoom";

export function enhanceZoom(root: ParentNode = document): void {
  const graphics = root.querySelectorAll<Element>(`[${ZOOMABLE}]:not([data-zoom-ready])`);
  // Only the page's first map is in the address: no page has two zoomable maps.
  graphics.forEach((graphic, i) => zoom(graphic, i === 0 && root === graphic.ownerDocument));
}

function zoom(graphic: Element, inAddress: boolean): void {
  graphic.setAttribute("data-zoom-ready", "");
  const document = graphic.ownerDocument;
  const h = hyperscript(document);
  const svgs = (
    graphic.matches("svg") ? [graphic] : [...graphic.querySelectorAll("svg.wm-variant")]
  ) as SVGSVGElement[];
  const sizes = svgs.map((svg) => [Number(svg.getAttribute("width")), Number(svg.getAttribute("height"))]);
  // Each text group's size and halo as drawn, divided by the zoom so that names keep their size.
  const texts = svgs.flatMap((svg) =>
    [...svg.querySelectorAll("g[font-size]")]
      .filter((g) => g.querySelector("text"))
      .map((g) => ({g, size: Number(g.getAttribute("font-size")), halo: Number(g.getAttribute("stroke-width") ?? 0)}))
  );
  let view = WHOLE;
  const status = h("p", {class: "wm-zoom-status", "aria-live": "polite"});
  const button = (label: string, onclick: () => void) => h("button", {type: "button", onclick}, label);
  const zoomIn = button("Zoom in", () => set(zoomAbout(view, STEP)));
  const zoomOut = button("Zoom out", () => set(zoomAbout(view, 1 / STEP)));
  const reset = button("Reset view", () => set(WHOLE));
  const toolbar = h("div", {class: "wm-zoom", role: "group", "aria-label": "Map view"}, zoomIn, zoomOut, reset, status);
  graphic.before(toolbar);

  /** Puts the reader's view into the page's address (the page's first map only). */
  let remember: ((view: View) => void) | null = null;

  function set(next: View): void {
    view = within(next);
    svgs.forEach((svg, i) => {
      svg.setAttribute("viewBox", viewBox(view, sizes[i][0], sizes[i][1]));
      svg.classList.toggle("wm-zoomed", view.k > 1);
    });
    for (const {g, size, halo} of texts) {
      g.setAttribute("font-size", String(size / view.k));
      if (halo) g.setAttribute("stroke-width", String(halo / view.k));
    }
    zoomIn.disabled = view.k >= MAX_ZOOM;
    zoomOut.disabled = view.k <= 1;
    status.textContent =
      view.k > 1
        ? `Zoomed in ${Math.round(view.k * 10) / 10}×: drag the map, or press the arrow keys here, to move it.`
        : "";
    remember?.(view);
  }
  set(WHOLE);
  if (inAddress) {
    // A shared link's view first; then every change the reader makes goes into the address.
    const shared = parseViewParam(readViewParam(ZOOM_PARAM));
    if (shared) set(shared);
    const write = debouncedViewParam(ZOOM_PARAM);
    remember = (v) => write(v.k > 1 ? viewParam(v) : null);
  }

  toolbar.addEventListener("keydown", (event) => {
    const move = {ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1]}[event.key];
    if (!move || view.k <= 1) return;
    event.preventDefault();
    set({k: view.k, x: view.x + (move[0] * PAN) / view.k, y: view.y + (move[1] * PAN) / view.k});
  });

  // A table row's mark comes into view, if the zoomed view has left it out.
  graphic.addEventListener("wm-mark-focus", (event) => {
    const svg = (event.target as Element).closest("svg") as SVGSVGElement | null;
    const i = svg ? svgs.indexOf(svg) : -1;
    if (i < 0 || view.k <= 1) return;
    const box = (event.target as SVGGraphicsElement).getBBox();
    set({k: view.k, x: (box.x + box.width / 2) / sizes[i][0], y: (box.y + box.height / 2) / sizes[i][1]});
  });

  for (const svg of svgs) {
    /** A point of the viewport as a share of the drawing, in the current view. */
    const at = (clientX: number, clientY: number) => {
      const rect = svg.getBoundingClientRect();
      return {
        x: view.x + ((clientX - rect.left) / rect.width - 0.5) / view.k,
        y: view.y + ((clientY - rect.top) / rect.height - 0.5) / view.k
      };
    };
    svg.addEventListener(
      "wheel",
      (event) => {
        // The wheel alone scrolls the page; with Ctrl (or a trackpad's pinch, which sets it) it zooms.
        if (!event.ctrlKey && !event.metaKey) return;
        event.preventDefault();
        const p = at(event.clientX, event.clientY);
        set(zoomAbout(view, Math.exp(-event.deltaY * 0.01), p.x, p.y));
      },
      {passive: false}
    );
    svg.addEventListener("dblclick", (event) => {
      const p = at(event.clientX, event.clientY);
      set(zoomAbout(view, event.shiftKey ? 1 / STEP : STEP, p.x, p.y));
    });
    // Dragging: a mouse, or one finger on a zoomed map (whose touch-action leaves every gesture to it).
    const pointers = new Map<number, {x: number; y: number}>();
    svg.addEventListener("pointerdown", (event) => {
      if (event.button !== 0) return;
      pointers.set(event.pointerId, {x: event.clientX, y: event.clientY});
      if (view.k > 1) svg.setPointerCapture(event.pointerId);
    });
    svg.addEventListener("pointermove", (event) => {
      const last = pointers.get(event.pointerId);
      if (!last) return;
      const rect = svg.getBoundingClientRect();
      const now = {x: event.clientX, y: event.clientY};
      pointers.set(event.pointerId, now);
      // Two fingers pinch (below); the one left when the other lifts drags on from where it is.
      if (pointers.size > 1 || view.k <= 1) return;
      set({
        k: view.k,
        x: view.x - (now.x - last.x) / rect.width / view.k,
        y: view.y - (now.y - last.y) / rect.height / view.k
      });
    });
    const release = (event: PointerEvent) => pointers.delete(event.pointerId);
    svg.addEventListener("pointerup", release);
    svg.addEventListener("pointercancel", release);

    // Pinching, from touch events rather than pointers: fingers rarely land together, and a first
    // finger that has begun to scroll the page loses its pointer (pointercancel) but keeps its touch.
    let spread: number | null = null;
    /** The two fingers on the map (each touch's target is the area it landed on), or null. */
    const fingers = (event: TouchEvent) => {
      const on = [...event.touches].filter((t) => svg.contains(t.target as Node));
      return on.length === 2 ? on : null;
    };
    const distance = ([a, b]: Touch[]) => Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY);
    const startPinch = (event: TouchEvent) => {
      const pair = fingers(event);
      spread = pair && distance(pair);
    };
    svg.addEventListener("touchstart", startPinch, {passive: true});
    svg.addEventListener("touchend", startPinch, {passive: true});
    svg.addEventListener("touchcancel", startPinch, {passive: true});
    svg.addEventListener(
      "touchmove",
      (event) => {
        const pair = fingers(event);
        if (!pair || spread === null) return;
        // Two fingers on the map zoom it rather than move the page (once the page scrolls, it cannot be stopped).
        if (event.cancelable) event.preventDefault();
        const now = distance(pair);
        const p = at((pair[0].clientX + pair[1].clientX) / 2, (pair[0].clientY + pair[1].clientY) / 2);
        if (spread > 0) set(zoomAbout(view, now / spread, p.x, p.y));
        spread = now;
      },
      {passive: false}
    );
  }
}
