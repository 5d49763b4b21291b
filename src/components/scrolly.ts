import {h} from "./dom.js";
import {afterScroll} from "./scrollEnd.js";

/** Wide screens get the sticky figure beside the text; narrower ones read the steps stacked. */
export const WIDE = "(min-width: 75rem)";
const REDUCED = "(prefers-reduced-motion: reduce)";
/** Input by which the reader takes over scrolling from a scroll the page started. */
const READER_SCROLLS = ["wheel", "touchstart", "pointerdown", "keydown"];

/**
 * Scrollytelling over `.story-step` sections, each holding a `.story-text` and a `.story-figure`.
 * A step becomes active when its text crosses the middle of the viewport, when anything in it gets
 * focus, or when the reader follows a link to it (contents, the browser's Back button). On wide
 * screens without reduced motion the root becomes a two-column grid (CSS: .story--sticky) in which
 * every figure sits in the same sticky cell beside the text and only the active one is visible;
 * the figures stay in the DOM right after their text, so screen readers and keyboard users still
 * meet each figure right after its text. Otherwise the story is a linear article. The active state
 * is on the root as data-state, and on the step as aria-current="step". Once the page is set up,
 * the address's fragment names the active step's heading (replacing the history entry, never adding
 * one), so a shared link opens the story at the section the sender was reading.
 *
 * The Previous and Next buttons move exactly one step and keep focus; they sit at the start of the
 * active step (moving with it), so that Tab from them goes into the section they show, never back
 * to the first section. While the page scrolls to a step the reader chose, the steps it passes do
 * not take the state from it.
 */
export function scrolly(root: HTMLElement): {activate: (index: number) => void} {
  const steps = [...root.querySelectorAll<HTMLElement>(".story-step")];
  const texts = steps.map((s) => s.querySelector<HTMLElement>(".story-text") ?? s);
  const headings = steps.map((s) => s.querySelector<HTMLElement>("h2"));
  const figures = steps.map((s) => s.querySelector<HTMLElement>(".story-figure"));
  const wide = matchMedia(WIDE);
  const reduced = matchMedia(REDUCED);
  const status = h("p", {class: "story-stage-status", "aria-live": "polite"});
  const stepButton = (label: string, by: number, name: string) =>
    h("button", {type: "button", class: `story-stage-${name}`, onclick: () => go(active + by)}, label);
  const previous = stepButton("Previous section", -1, "previous");
  const next = stepButton("Next section", 1, "next");
  const controls = h(
    "div",
    {class: "story-stage-controls", role: "group", "aria-label": "Move between sections"},
    previous,
    status,
    next
  );
  let active = -1;
  /** Whether the page is set up: from then on the address follows the active step. */
  let ready = false;
  /** While the page scrolls to the step the reader chose: how to stop holding the state on it. */
  let chosen: (() => void) | null = null;
  const sticky = () => root.classList.contains("story--sticky");

  const layout = () => {
    root.classList.toggle("story--sticky", wide.matches && !reduced.matches);
    root.style.setProperty("--story-steps", String(steps.length));
    if (sticky()) placeControls();
    else controls.remove();
    markScrollingFigures();
  };

  /**
   * A sticky figure taller than the screen scrolls by itself, so keyboard users must be able to
   * reach it (WCAG 2.1.1; axe: scrollable-region-focusable): only such a figure takes focus, as a
   * named group. One that fits takes no focus: there is nothing in it to operate.
   */
  function markScrollingFigures(): void {
    figures.forEach((figure, i) => {
      if (!figure) return;
      const scrolls = sticky() && figure.scrollHeight > figure.clientHeight;
      if (scrolls) {
        figure.tabIndex = 0;
        figure.setAttribute("role", "group");
        figure.setAttribute("aria-label", `Figure for “${headings[i]?.textContent ?? ""}”, scrolls`);
      } else for (const name of ["tabindex", "role", "aria-label"]) figure.removeAttribute(name);
    });
  }

  /** The controls lead the active step, and keep focus if they had it when they move. */
  function placeControls(): void {
    const step = steps[active];
    if (!step || controls.parentElement === step) return;
    const focused = controls.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    step.prepend(controls);
    focused?.focus({preventScroll: true});
  }

  function activate(index: number): void {
    const i = Math.max(0, Math.min(steps.length - 1, index));
    if (i === active) return;
    active = i;
    root.dataset.state = steps[i].dataset.state ?? "";
    steps.forEach((s, j) => {
      s.classList.toggle("is-active", j === i);
      if (j === i) s.setAttribute("aria-current", "step");
      else s.removeAttribute("aria-current");
    });
    status.textContent = `Section ${i + 1} of ${steps.length}: ${headings[i]?.textContent ?? ""}`;
    // aria-disabled, not disabled: a disabled button would drop the focus of the reader who pressed it.
    previous.setAttribute("aria-disabled", String(i === 0));
    next.setAttribute("aria-disabled", String(i === steps.length - 1));
    if (sticky()) placeControls();
    const id = headings[i]?.id;
    if (ready && id && decodeURIComponent(location.hash.slice(1)) !== id)
      history.replaceState(history.state, "", `#${id}`);
  }

  /**
   * Holds the state on the active step until the scroll towards it ends or the reader scrolls;
   * root carries data-scrolling meanwhile.
   */
  function hold(): void {
    chosen?.();
    const release = () => {
      for (const type of READER_SCROLLS) removeEventListener(type, stop, true);
      if (chosen === stop) chosen = null;
      delete root.dataset.scrolling;
    };
    const stop = afterScroll(release);
    for (const type of READER_SCROLLS) addEventListener(type, stop, true);
    chosen = stop;
    root.dataset.scrolling = "";
  }

  /** The step whose text is at the middle of the viewport; the first when the story is below it. */
  function stepAtMiddle(): number {
    const middle = innerHeight / 2;
    const i = texts.findIndex((t) => {
      const {top, bottom} = t.getBoundingClientRect();
      return top <= middle && bottom > middle;
    });
    return i >= 0 ? i : texts[0].getBoundingClientRect().top > middle ? 0 : active;
  }

  /** Previous and Next: one step, focus stays on the button, and the address names the section. */
  function go(index: number): void {
    const i = Math.max(0, Math.min(steps.length - 1, index));
    if (i === active) return;
    activate(i);
    texts[i].scrollIntoView({behavior: reduced.matches ? "auto" : "smooth", block: "start"});
    hold();
  }

  // The "middle of the viewport" is a zero-height band at 50% of its height.
  const observer = new IntersectionObserver(
    (entries) => {
      if (chosen) return;
      for (const e of entries) if (e.isIntersecting) activate(texts.indexOf(e.target as HTMLElement));
    },
    {rootMargin: "-50% 0px -50% 0px", threshold: 0}
  );
  texts.forEach((t) => observer.observe(t));
  root.addEventListener("focusin", (event) => {
    const step = (event.target as HTMLElement).closest?.(".story-step");
    if (step) activate(steps.indexOf(step as HTMLElement));
  });
  // Contents links and the browser's Back and Forward buttons change the fragment. Back to the
  // page's address without one, the browser restores where the reader was: that decides. A shared
  // link's step is scrolled to again: the browser went to it before the sticky layout moved it.
  const fromHash = () => {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const step = target && target.closest(".story-step");
    if (step && root.contains(step)) {
      activate(steps.indexOf(step as HTMLElement));
      target.scrollIntoView({block: "start"});
      hold();
    } else if (!location.hash) afterScroll(() => activate(stepAtMiddle()));
  };
  addEventListener("hashchange", fromHash);
  wide.addEventListener("change", layout);
  reduced.addEventListener("change", layout);
  addEventListener("resize", markScrollingFigures);
  // An opened data table can make a figure taller than the screen (toggle does not bubble).
  root.addEventListener("toggle", markScrollingFigures, true);
  activate(0);
  layout();
  fromHash();
  ready = true;
  return {activate};
}
