// scrolly: which step is active as the reader scrolls, tabs or follows a link, and the sticky
// layout only on wide screens without reduced motion. jsdom has neither matchMedia nor
// IntersectionObserver, so both are fakes the test drives.
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {scrolly, WIDE} from "../../src/components/scrolly.js";

class FakeMediaQuery extends EventTarget {
  constructor(
    readonly media: string,
    public matches: boolean
  ) {
    super();
  }
  set(matches: boolean) {
    this.matches = matches;
    this.dispatchEvent(new Event("change"));
  }
}

let queries: Map<string, FakeMediaQuery>;
let observed: Element[];
let intersect: (target: Element) => void;

beforeEach(() => {
  queries = new Map();
  observed = [];
  vi.stubGlobal(
    "matchMedia",
    (media: string) => queries.get(media) ?? queries.set(media, new FakeMediaQuery(media, media === WIDE)).get(media)
  );
  vi.stubGlobal(
    "IntersectionObserver",
    class {
      constructor(callback: (entries: {target: Element; isIntersecting: boolean}[]) => void) {
        intersect = (target) => callback([{target, isIntersecting: true}]);
      }
      observe(target: Element) {
        observed.push(target);
      }
    }
  );
  Element.prototype.scrollIntoView = () => {};
  const step = (state: string, i: number) =>
    `<section class="story-step" data-state="${state}">` +
    `<div class="story-text"><h2 id="h-${state}" tabindex="-1">Step ${i + 1}</h2><a href="#">link</a></div>` +
    `<div class="story-figure" data-state="${state}"></div></section>`;
  document.body.innerHTML = `<div id="story">${["region", "people", "crime"].map(step).join("")}</div>`;
});
afterEach(() => {
  vi.unstubAllGlobals();
  location.hash = "";
});

const root = () => document.getElementById("story")!;
const steps = () => [...root().querySelectorAll<HTMLElement>(".story-step")];
const button = (name: string) => [...root().querySelectorAll("button")].find((b) => b.textContent === name)!;

describe("scrolly", () => {
  it("starts on the first step and watches every step's text", () => {
    scrolly(root());
    expect(root().dataset.state).toBe("region");
    expect(steps()[0].getAttribute("aria-current")).toBe("step");
    expect(steps()[0].classList.contains("is-active")).toBe(true);
    expect(observed).toEqual(steps().map((s) => s.querySelector(".story-text")));
  });

  it("activates the step whose text reaches the middle of the viewport", () => {
    scrolly(root());
    intersect(steps()[2].querySelector(".story-text")!);
    expect(root().dataset.state).toBe("crime");
    expect(steps().map((s) => s.getAttribute("aria-current"))).toEqual([null, null, "step"]);
    expect(root().querySelector(".story-stage-status")?.textContent).toBe("Section 3 of 3: Step 3");
  });

  it("names the step the reader scrolls to in the address, replacing the history entry, but not on arrival", () => {
    const entries = history.length;
    scrolly(root());
    expect(location.hash).toBe("");
    intersect(steps()[2].querySelector(".story-text")!);
    expect(location.hash).toBe("#h-crime");
    intersect(steps()[1].querySelector(".story-text")!);
    expect(location.hash).toBe("#h-people");
    expect(history.length).toBe(entries);
  });

  it("on a wide screen: a sticky layout with previous/next controls that move one step and keep focus", () => {
    scrolly(root());
    expect(root().classList.contains("story--sticky")).toBe(true);
    expect(root().style.getPropertyValue("--story-steps")).toBe("3");
    // The controls lead the active step, so Tab from them goes into the section they show.
    expect(steps()[0].firstElementChild?.classList.contains("story-stage-controls")).toBe(true);
    expect(button("Previous section").getAttribute("aria-disabled")).toBe("true");
    button("Next section").focus();
    button("Next section").click();
    expect(root().dataset.state).toBe("people");
    expect(steps()[1].firstElementChild?.classList.contains("story-stage-controls")).toBe(true);
    expect(document.activeElement).toBe(button("Next section"));
    expect(location.hash).toBe("#h-people");
    button("Next section").click();
    expect(button("Next section").getAttribute("aria-disabled")).toBe("true");
    // At the last step the button keeps focus (a disabled one would drop it) and does nothing.
    button("Next section").click();
    expect(root().dataset.state).toBe("crime");
    expect(document.activeElement).toBe(button("Next section"));
    button("Previous section").click();
    expect(root().dataset.state).toBe("people");
  });

  it("makes focusable only a figure that scrolls, as a named group", () => {
    const figures = () => [...root().querySelectorAll<HTMLElement>(".story-figure")];
    Object.defineProperty(figures()[1], "scrollHeight", {value: 1200});
    Object.defineProperty(figures()[1], "clientHeight", {value: 800});
    scrolly(root());
    expect(figures().map((f) => f.getAttribute("tabindex"))).toEqual([null, "0", null]);
    expect(figures()[1].getAttribute("role")).toBe("group");
    expect(figures()[1].getAttribute("aria-label")).toBe("Figure for “Step 2”, scrolls");
  });

  it("keeps the step the reader chose while the page scrolls past others to it", () => {
    scrolly(root());
    button("Next section").click();
    intersect(steps()[0].querySelector(".story-text")!);
    expect(root().dataset.state).toBe("people");
  });

  it("reads as a linear article, without controls, when the reader asks for reduced motion", () => {
    scrolly(root());
    matchMedia("(prefers-reduced-motion: reduce)");
    queries.get("(prefers-reduced-motion: reduce)")!.set(true);
    expect(root().classList.contains("story--sticky")).toBe(false);
    expect(root().querySelector(".story-stage-controls")).toBeNull();
    queries.get("(prefers-reduced-motion: reduce)")!.set(false);
    expect(root().classList.contains("story--sticky")).toBe(true);
  });

  it("reads as a linear article on a narrow screen", () => {
    queries.set(WIDE, new FakeMediaQuery(WIDE, false));
    scrolly(root());
    expect(root().classList.contains("story--sticky")).toBe(false);
    expect(root().querySelector(".story-stage-controls")).toBeNull();
  });

  it("activates the step that holds keyboard focus", () => {
    scrolly(root());
    steps()[1].querySelector("a")!.focus();
    expect(root().dataset.state).toBe("people");
  });

  it("activates the step a link's fragment points into", () => {
    location.hash = "#h-crime";
    scrolly(root());
    expect(root().dataset.state).toBe("crime");
    location.hash = "#h-people";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    expect(root().dataset.state).toBe("people");
  });
});
