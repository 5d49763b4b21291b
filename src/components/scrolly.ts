import {h} from "./dom.js";

/** Wide screens get the sticky figure beside the text; narrower ones read the steps stacked. */
export const WIDE = "(min-width: 75rem)";
const REDUCED = "(prefers-reduced-motion: reduce)";

/**
 * Scrollytelling over `.story-step` sections, each holding a `.story-text` and a `.story-figure`.
 * A step becomes active when its text crosses the middle of the viewport, when anything in it gets
 * focus, or when the reader follows a link to it. On wide screens without reduced motion the root
 * becomes a two-column grid (CSS: .story--sticky) in which every figure sits in the same sticky
 * cell beside the text and only the active one is visible; nothing moves in the DOM, so screen
 * readers and keyboard users still meet each figure right after its text. Otherwise the story is
 * a linear article. The active state is on the root as data-state, and on the step as
 * aria-current="step".
 */
export function scrolly(root: HTMLElement): {activate: (index: number, focus?: boolean) => void} {
  const steps = [...root.querySelectorAll<HTMLElement>(".story-step")];
  const texts = steps.map((s) => s.querySelector<HTMLElement>(".story-text") ?? s);
  const headings = steps.map((s) => s.querySelector<HTMLElement>("h2"));
  const wide = matchMedia(WIDE);
  const reduced = matchMedia(REDUCED);
  const status = h("p", {class: "story-stage-status", "aria-live": "polite"});
  const previous = h(
    "button",
    {type: "button", class: "story-stage-previous", onclick: () => activate(active - 1, true)},
    "Previous section"
  );
  const next = h(
    "button",
    {type: "button", class: "story-stage-next", onclick: () => activate(active + 1, true)},
    "Next section"
  );
  const controls = h(
    "div",
    {class: "story-stage-controls", role: "group", "aria-label": "Move between sections"},
    previous,
    status,
    next
  );
  let active = -1;

  const layout = () => {
    const sticky = wide.matches && !reduced.matches;
    root.classList.toggle("story--sticky", sticky);
    // A sticky figure taller than the screen scrolls by itself, so keyboard users must be able to
    // reach it (WCAG 2.1.1; axe: scrollable-region-focusable). Focus activates its step, so a
    // figure is never focused while hidden.
    for (const figure of root.querySelectorAll<HTMLElement>(".story-figure")) {
      if (sticky) figure.tabIndex = 0;
      else figure.removeAttribute("tabindex");
    }
    root.style.setProperty("--story-steps", String(steps.length));
    if (sticky) root.prepend(controls);
    else controls.remove();
  };

  function activate(index: number, focus = false): void {
    const i = Math.max(0, Math.min(steps.length - 1, index));
    if (focus) {
      texts[i].scrollIntoView({behavior: reduced.matches ? "auto" : "smooth", block: "start"});
      headings[i]?.focus({preventScroll: true});
    }
    if (i === active) return;
    active = i;
    const state = steps[i].dataset.state ?? "";
    root.dataset.state = state;
    steps.forEach((s, j) => {
      s.classList.toggle("is-active", j === i);
      if (j === i) s.setAttribute("aria-current", "step");
      else s.removeAttribute("aria-current");
    });
    status.textContent = `Section ${i + 1} of ${steps.length}: ${headings[i]?.textContent ?? ""}`;
    previous.disabled = i === 0;
    next.disabled = i === steps.length - 1;
  }

  // The "middle of the viewport" is a zero-height band at 50% of its height.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) activate(texts.indexOf(e.target as HTMLElement));
    },
    {rootMargin: "-50% 0px -50% 0px", threshold: 0}
  );
  texts.forEach((t) => observer.observe(t));
  root.addEventListener("focusin", (event) => {
    const step = (event.target as HTMLElement).closest?.(".story-step");
    if (step) activate(steps.indexOf(step as HTMLElement));
  });
  const fromHash = () => {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const step = target && target.closest(".story-step");
    if (step && root.contains(step)) activate(steps.indexOf(step as HTMLElement));
  };
  addEventListener("hashchange", fromHash);
  wide.addEventListener("change", layout);
  reduced.addEventListener("change", layout);
  layout();
  activate(0);
  fromHash();
  return {activate};
}
