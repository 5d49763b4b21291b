// areaSearch: "find your area", a WAI-ARIA 1.2 combobox with list autocomplete.
import {beforeEach, describe, expect, it, vi} from "vitest";
import {areaSearch} from "../../src/components/search.js";
import {buildSearchIndex} from "../../src/lib/wards/search.js";
import {SEARCH_STORIES, SEARCH_WARDS} from "../fixtures/searchIndex.js";

const index = buildSearchIndex(SEARCH_WARDS, SEARCH_STORIES);

let visited: string[];
let input: HTMLInputElement;
let list: HTMLElement;
let status: HTMLElement;

beforeEach(() => {
  visited = [];
  document.body.replaceChildren(areaSearch({index, root: "../", go: (url) => visited.push(url)}));
  input = document.querySelector("[role=combobox]")!;
  list = document.querySelector("[role=listbox]")!;
  status = document.querySelector("[role=status]")!;
});

/** Types into the box, then waits for the matcher and index, loaded on first use, to answer. */
async function type(text: string) {
  input.value = text;
  input.focus();
  input.dispatchEvent(new Event("input"));
  await vi.waitFor(() => expect(status.textContent).not.toBe("Loading the list of areas…"));
}
const press = (key: string) => input.dispatchEvent(new KeyboardEvent("keydown", {key, cancelable: true}));
const options = () => [...list.querySelectorAll("[role=option]")].map((o) => o.textContent);

describe("areaSearch", () => {
  it("is a labelled combobox controlling a hidden listbox", async () => {
    expect(document.querySelector(`label[for="${input.id}"]`)?.textContent).toMatch(/^Find your area/);
    expect([
      input.getAttribute("aria-expanded"),
      input.getAttribute("aria-autocomplete"),
      input.getAttribute("aria-controls")
    ]).toEqual(["false", "list", list.id]);
    expect(input.getAttribute("aria-describedby")).toBe(document.querySelector(".wm-search-hint")!.id);
    expect(list.hidden).toBe(true);
  });

  it("suggests matches as the reader types and says how many", async () => {
    await type("kings norton s");
    expect(options()).toEqual([
      "Three Estates Story in Birmingham: Hawkesley, Pool Farm and Primrose Hill",
      "King's Norton South Ward in Birmingham"
    ]);
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(status.textContent).toBe("2 suggestions; use the up and down arrows to choose.");
    await type("pool farm");
    expect(options()).toEqual(["Three Estates Story in Birmingham: Hawkesley, Pool Farm and Primrose Hill"]);
    expect(status.textContent).toBe("1 suggestion; use the up and down arrows to choose.");
    await type("Birmingham 128a");
    expect(options()).toEqual(["Birmingham 128A LSOA E01009107, in King's Norton South ward"]);
  });

  it("moves the active option with the arrow keys, wrapping, and opens it with Enter", async () => {
    await type("kings norton s");
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

  it("opens the first suggestion on Enter when none is highlighted; an LSOA code goes to its ward", async () => {
    await type("e01009107");
    press("Enter");
    expect(visited).toEqual([new URL("../wards/kings-norton-south", document.baseURI).href]);
  });

  it("closes the list with Escape, then clears the box; ArrowDown opens it again", async () => {
    await type("heath");
    press("Escape");
    expect([list.hidden, input.getAttribute("aria-expanded"), input.value]).toEqual([true, "false", "heath"]);
    press("ArrowDown");
    expect([list.hidden, input.getAttribute("aria-activedescendant")]).toEqual([false, list.children[0].id]);
    press("Escape");
    press("Escape");
    expect(input.value).toBe("");
  });

  it("says when nothing matches and shows no list", async () => {
    await type("zzzz");
    expect(status.textContent).toBe("No story, ward, neighbourhood or LSOA matches.");
    expect([list.hidden, input.getAttribute("aria-expanded")]).toEqual([true, "false"]);
    await type("");
    expect(status.textContent).toBe("");
  });

  it("opens a suggestion when it is clicked, and closes when focus leaves", async () => {
    await type("heath");
    (list.children[1] as HTMLElement).click();
    expect(visited).toEqual([new URL("../wards/heath-town", document.baseURI).href]);
    input.dispatchEvent(new Event("blur"));
    expect(list.hidden).toBe(true);
  });
});

describe("areaSearch with the index loaded on first use", () => {
  it("loads it once, when the box first takes focus, says so while it waits, then suggests", async () => {
    let loads = 0;
    let resolve!: (value: typeof index) => void;
    const load = () => {
      loads++;
      return new Promise<typeof index>((r) => (resolve = r));
    };
    document.body.replaceChildren(areaSearch({index: load, root: "../", go: () => {}}));
    const box = document.querySelector<HTMLInputElement>("[role=combobox]")!;
    const state = document.querySelector("[role=status]")!;
    expect(loads).toBe(0);
    box.focus();
    box.dispatchEvent(new Event("focus"));
    box.value = "pool farm";
    box.dispatchEvent(new Event("input"));
    expect(loads).toBe(1);
    expect(state.textContent).toBe("Loading the list of areas…");
    resolve(index);
    await vi.waitFor(() => expect(state.textContent).not.toBe("Loading the list of areas…"));
    expect([...document.querySelectorAll("[role=option]")].map((o) => o.textContent)).toEqual([
      "Three Estates Story in Birmingham: Hawkesley, Pool Farm and Primrose Hill"
    ]);
    expect(state.textContent).toBe("1 suggestion; use the up and down arrows to choose.");
    box.dispatchEvent(new Event("focus"));
    expect(loads).toBe(1);
  });

  it("says when the list could not be loaded, and tries again on the next keystroke", async () => {
    let loads = 0;
    document.body.replaceChildren(
      areaSearch({
        index: () => (loads++ ? Promise.resolve(index) : Promise.reject(new Error("offline"))),
        root: "../"
      })
    );
    const box = document.querySelector<HTMLInputElement>("[role=combobox]")!;
    box.dispatchEvent(new Event("focus"));
    await vi.waitFor(() =>
      expect(document.querySelector("[role=status]")!.textContent).toBe(
        "The list of areas could not be loaded; try again."
      )
    );
    box.value = "k";
    box.dispatchEvent(new Event("input"));
    expect(loads).toBe(2);
  });
});
