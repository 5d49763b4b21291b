import {h} from "./dom.js";

/** Wide screens get the sticky figure beside the text; narrower ones read the steps stacked. */
export const WIDE = "(min-width: 64rem)";
const REDUCED = "(prefers-reduced-motion: reduce)";

/**
 * Scrollytelling over `.story-step` sections, each holding a `.story-figure`. A step becomes active
 * when it crosses the middle of the viewport, or when it receives focus. On wide screens without
 * reduced motion the figures move into one sticky stage beside the text and only the active step's
 * figure shows; otherwise the story stays a linear article with each figure after its text.
 * The active state is on the root as data-state, and on the step as aria-current="step".
 */
export function scrolly(root: HTMLElement): {activate: (index: number, focus?: boolean) => void} {
  const steps = [...root.querySelectorAll<HTMLElement>(".story-step")];
  const figures = steps.map((s) => s.querySelector<HTMLElement>(".story-figure")!);
  const wide = matchMedia(WIDE);
  const reduced = matchMedia(REDUCED);
  const status = h("p", {class: "story-stage-status", "aria-live": "polite"});
  const previous = h("button", {type: "button", class: "story-stage-previous", onclick: () => activate(active - 1, true)}, "Previous section");
  const next = h("button", {type: "button", class: "story-stage-next", onclick: () => activate(active + 1, true)}, "Next section");
  const panels = h("div", {class: "story-stage-panels"});
  const stage = h("div", {class: "story-stage"}, h("div", {class: "story-stage-controls"}, previous, status, next), panels);
  let active = -1;

  const layout = () => {
    const sticky = wide.matches && !reduced.matches;
    root.classList.toggle("story--sticky", sticky);
    if (sticky) {
      panels.replaceChildren(...figures);
      root.prepend(stage);
    } else {
      figures.forEach((f, i) => steps[i].append(f));
      stage.remove();
    }
    show();
  };

  const show = () => {
    const sticky = root.classList.contains("story--sticky");
    figures.forEach((f, i) => {
      const current = i === active || (active < 0 && i === 0);
      f.classList.toggle("is-active", current);
      // Hidden panels of the stage must not be reachable by keyboard or screen reader.
      if (sticky && !current) f.setAttribute("inert", "");
      else f.removeAttribute("inert");
      f.setAttribute("aria-hidden", sticky && !current ? "true" : "false");
    });
  };

  function activate(index: number, focus = false): void {
    const i = Math.max(0, Math.min(steps.length - 1, index));
    if (focus) {
      steps[i].scrollIntoView({behavior: reduced.matches ? "auto" : "smooth", block: "start"});
      steps[i].focus({preventScroll: true});
    }
    if (i === active) return;
    active = i;
    const state = steps[i].dataset.state ?? "";
    root.dataset.state = state;
    stage.dataset.state = state;
    steps.forEach((s, j) => (j === i ? s.setAttribute("aria-current", "step") : s.removeAttribute("aria-current")));
    const title = steps[i].querySelector("h2")?.textContent ?? "";
    status.textContent = `Section ${i + 1} of ${steps.length}: ${title}`;
    previous.disabled = i === 0;
    next.disabled = i === steps.length - 1;
    show();
  }

  // The "middle of the viewport" is a zero-height band at 50% of its height.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) activate(steps.indexOf(e.target as HTMLElement));
    },
    {rootMargin: "-50% 0px -50% 0px", threshold: 0}
  );
  steps.forEach((s) => observer.observe(s));
  root.addEventListener("focusin", (event) => {
    const step = (event.target as HTMLElement).closest?.(".story-step");
    if (step) activate(steps.indexOf(step as HTMLElement));
  });
  wide.addEventListener("change", layout);
  reduced.addEventListener("change", layout);
  layout();
  activate(0);
  return {activate};
}
