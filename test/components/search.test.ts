// areaSearch: "find your area", a WAI-ARIA 1.2 combobox with list autocomplete.
import {beforeEach, describe, expect, it} from "vitest";
import {areaSearch} from "../../src/components/search.js";

const entries = [
  {kind: "ward" as const, label: "Heath Town", detail: "Ward in Wolverhampton", href: "wards/heath-town"},
  {kind: "ward" as const, label: "King's Norton South", detail: "Ward in Birmingham", href: "wards/kings-norton-south"},
  {
    kind: "neighbourhood" as const,
    label: "Hawkesley",
    detail: "Neighbourhood (MSOA E02001957), mostly in King's Norton South ward, Birmingham",
    href: "wards/kings-norton-south"
  },
  {
    kind: "lsoa" as const,
    label: "E01009113",
    detail: "LSOA Birmingham 135A, in King's Norton South ward",
    href: "wards/kings-norton-south"
  }
];

let visited: string[];
let input: HTMLInputElement;
let list: HTMLElement;
let status: HTMLElement;

beforeEach(() => {
  visited = [];
  document.body.replaceChildren(areaSearch({entries, root: "../", go: (url) => visited.push(url)}));
  input = document.querySelector("[role=combobox]")!;
  list = document.querySelector("[role=listbox]")!;
  status = document.querySelector("[role=status]")!;
});

function type(text: string) {
  input.value = text;
  input.dispatchEvent(new Event("input"));
}
const press = (key: string) => input.dispatchEvent(new KeyboardEvent("keydown", {key, cancelable: true}));
const options = () => [...list.querySelectorAll("[role=option]")].map((o) => o.textContent);

describe("areaSearch", () => {
  it("is a labelled combobox controlling a hidden listbox", () => {
    expect(document.querySelector(`label[for="${input.id}"]`)?.textContent).toMatch(/^Find your area/);
    expect([
      input.getAttribute("aria-expanded"),
      input.getAttribute("aria-autocomplete"),
      input.getAttribute("aria-controls")
    ]).toEqual(["false", "list", list.id]);
    expect(input.getAttribute("aria-describedby")).toBe(document.querySelector(".wm-search-hint")!.id);
    expect(list.hidden).toBe(true);
  });

  it("suggests matches as the reader types and says how many", () => {
    type("kings");
    expect(options()).toEqual(["King's Norton South Ward in Birmingham"]);
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(status.textContent).toBe("1 suggestion; use the up and down arrows to choose.");
    // A word that starts with the text ranks before a name that merely contains it.
    type("t");
    expect(options()).toEqual(["Heath Town Ward in Wolverhampton", "King's Norton South Ward in Birmingham"]);
    expect(status.textContent).toBe("2 suggestions; use the up and down arrows to choose.");
  });

  it("moves the active option with the arrow keys, wrapping, and opens it with Enter", () => {
    type("t");
    press("ArrowDown");
    const first = list.children[0] as HTMLElement;
    expect(input.getAttribute("aria-activedescendant")).toBe(first.id);
    expect(first.getAttribute("aria-selected")).toBe("true");
    press("ArrowDown");
    expect(first.getAttribute("aria-selected")).toBe("false");
    press("ArrowDown");
    expect(input.getAttribute("aria-activedescendant")).toBe(first.id);
    press("ArrowUp");
    expect(input.getAttribute("aria-activedescendant")).toBe(list.children[1].id);
    press("Enter");
    expect(visited).toEqual([new URL("../wards/kings-norton-south", document.baseURI).href]);
  });

  it("opens the first suggestion on Enter when none is highlighted, and goes from an LSOA code to its ward", () => {
    type("e01009113");
    press("Enter");
    expect(visited).toEqual([new URL("../wards/kings-norton-south", document.baseURI).href]);
  });

  it("closes the list with Escape, then clears the box; ArrowDown opens it again", () => {
    type("heath");
    press("Escape");
    expect([list.hidden, input.getAttribute("aria-expanded"), input.value]).toEqual([true, "false", "heath"]);
    press("ArrowDown");
    expect([list.hidden, input.getAttribute("aria-activedescendant")]).toEqual([false, list.children[0].id]);
    press("Escape");
    press("Escape");
    expect(input.value).toBe("");
  });

  it("says when nothing matches and shows no list", () => {
    type("zzzz");
    expect(status.textContent).toBe("No ward, neighbourhood or LSOA matches.");
    expect([list.hidden, input.getAttribute("aria-expanded")]).toEqual([true, "false"]);
    type("");
    expect(status.textContent).toBe("");
  });

  it("opens a suggestion when it is clicked, and closes when focus leaves", () => {
    type("heath");
    (list.children[0] as HTMLElement).click();
    expect(visited).toEqual([new URL("../wards/heath-town", document.baseURI).href]);
    input.dispatchEvent(new Event("blur"));
    expect(list.hidden).toBe(true);
  });
});

describe("areaSearch with entries loaded on first use", () => {
  it("loads them once, when the box first takes focus, says so while it waits, then suggests", async () => {
    let loads = 0;
    let resolve!: (value: typeof entries) => void;
    const load = () => {
      loads++;
      return new Promise<typeof entries>((r) => (resolve = r));
    };
    document.body.replaceChildren(areaSearch({entries: load, root: "../", go: () => {}}));
    const box = document.querySelector<HTMLInputElement>("[role=combobox]")!;
    const state = document.querySelector("[role=status]")!;
    expect(loads).toBe(0);
    box.focus();
    box.dispatchEvent(new Event("focus"));
    box.value = "heath";
    box.dispatchEvent(new Event("input"));
    expect(loads).toBe(1);
    expect(state.textContent).toBe("Loading the list of areas…");
    resolve(entries);
    await Promise.resolve();
    await Promise.resolve();
    expect([...document.querySelectorAll("[role=option]")].map((o) => o.textContent)).toEqual([
      "Heath Town Ward in Wolverhampton"
    ]);
    expect(state.textContent).toBe("1 suggestion; use the up and down arrows to choose.");
    box.dispatchEvent(new Event("focus"));
    expect(loads).toBe(1);
  });

  it("says when the list could not be loaded, and tries again on the next keystroke", async () => {
    let loads = 0;
    document.body.replaceChildren(
      areaSearch({
        entries: () => (loads++ ? Promise.resolve(entries) : Promise.reject(new Error("offline"))),
        root: "../"
      })
    );
    const box = document.querySelector<HTMLInputElement>("[role=combobox]")!;
    box.dispatchEvent(new Event("focus"));
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelector("[role=status]")!.textContent).toBe(
      "The list of areas could not be loaded; try again."
    );
    box.value = "k";
    box.dispatchEvent(new Event("input"));
    expect(loads).toBe(2);
  });
});
