import type {SearchEntry, SearchIndex} from "../lib/wards/search.js";
import {h, uid} from "./dom.js";

export interface AreaSearchOptions {
  /**
   * The search index (data/search-index.json), or a function that loads it. It is loaded, with the
   * code that matches names, once, when the box first takes focus or input: a page's first view
   * downloads neither.
   */
  index: SearchIndex | (() => Promise<SearchIndex>);
  /** Relative path from the current page to the site root, e.g. "./" or "../". */
  root: string;
  label?: string;
  /** Where to go; defaults to following the link (tests and pages may override). */
  go?: (url: string) => void;
}

/** Loads the index and the matcher together (dynamic imports: they are not part of the page's first view). */
async function loadSearch(index: AreaSearchOptions["index"]): Promise<(query: string) => SearchEntry[]> {
  const [data, {searchEntries}, {searchAreas}] = await Promise.all([
    typeof index === "function" ? index() : index,
    import("../lib/wards/search.js"),
    import("../lib/wards/searchMatch.js")
  ]);
  const entries = searchEntries(data);
  return (query) => searchAreas(entries, query);
}

/**
 * "Find your area": a text box with suggestions that follows the WAI-ARIA 1.2 combobox pattern
 * (list autocomplete). Down/Up move through the suggestions, Enter opens the highlighted one (or
 * the first), Escape closes the list or clears the box; a live region says how many match. It
 * finds stories by their title and the places they name, wards (all of a borough's when the reader
 * types the borough), neighbourhoods and LSOAs by name or code, and forgives a typing mistake or two.
 */
export function areaSearch({
  index,
  root,
  label = "Find your area: a place, a ward, a borough or an LSOA",
  go = (url) => window.location.assign(url)
}: AreaSearchOptions): HTMLElement {
  const inputId = uid("area-search");
  const listId = uid("area-search-list");
  const hintId = uid("area-search-hint");
  let matches: SearchEntry[] = [];
  let active = -1;
  let search: ((query: string) => SearchEntry[]) | null = null;
  let loading: Promise<void> | null = null;

  const input = h("input", {
    id: inputId,
    type: "text",
    role: "combobox",
    autocomplete: "off",
    spellcheck: "false",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    "aria-describedby": hintId,
    class: "wm-search-input"
  });
  const list = h("ul", {
    id: listId,
    role: "listbox",
    "aria-label": "Suggestions",
    class: "wm-search-list",
    hidden: true
  });
  const status = h("p", {class: "wm-search-status", role: "status", "aria-live": "polite"});

  const url = (entry: SearchEntry) => new URL(`${root}${entry.href}`, document.baseURI).href;
  const open = (entry: SearchEntry | undefined) => {
    if (entry) go(url(entry));
  };
  const setActive = (index: number) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
    if (active >= 0) {
      const li = list.children[active] as HTMLElement;
      input.setAttribute("aria-activedescendant", li.id);
      li.scrollIntoView?.({block: "nearest"});
    } else input.removeAttribute("aria-activedescendant");
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  };
  const render = () => {
    matches = search ? search(input.value) : [];
    list.replaceChildren(
      ...matches.map((entry, i) =>
        h(
          "li",
          {
            id: `${listId}-${i}`,
            role: "option",
            "aria-selected": "false",
            class: "wm-search-option",
            onmousedown: (e: Event) => e.preventDefault(),
            onclick: () => open(entry)
          },
          h("span", {class: "wm-search-label"}, entry.label),
          h("span", {class: "wm-search-detail"}, ` ${entry.detail}`)
        )
      )
    );
    const show = matches.length > 0;
    list.hidden = !show;
    input.setAttribute("aria-expanded", String(show));
    setActive(-1);
    status.textContent =
      input.value.trim() === ""
        ? ""
        : !search
          ? "Loading the list of areas…"
          : show
            ? `${matches.length} suggestion${matches.length === 1 ? "" : "s"}; use the up and down arrows to choose.`
            : "No story, ward, neighbourhood or LSOA matches.";
  };
  const load = () => {
    if (search || loading) return;
    loading = loadSearch(index).then(
      (loaded) => {
        search = loaded;
        if (input.value.trim() !== "" && document.activeElement === input) render();
      },
      () => {
        loading = null; // the next focus or keystroke tries again
        status.textContent = "The list of areas could not be loaded; try again.";
      }
    );
  };

  input.addEventListener("focus", load);
  input.addEventListener("input", () => {
    load();
    render();
  });
  input.addEventListener("keydown", (event: KeyboardEvent) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (list.hidden) render();
        if (matches.length) setActive((active + 1) % matches.length);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (matches.length) setActive(active <= 0 ? matches.length - 1 : active - 1);
        break;
      case "Enter":
        event.preventDefault();
        open(matches[active >= 0 ? active : 0]);
        break;
      case "Escape":
        if (!list.hidden) close();
        else input.value = "";
        break;
      case "Tab":
        close();
        break;
    }
  });
  input.addEventListener("blur", close);

  return h(
    "div",
    {class: "wm-search", role: "search"},
    h("label", {for: inputId, class: "wm-search-title"}, label),
    h(
      "p",
      {id: hintId, class: "wm-search-hint"},
      "For example: Pool Farm, Heath Town, Wolverhampton or Birmingham 128A. Suggestions appear as you type."
    ),
    h("div", {class: "wm-search-box"}, input, list),
    status
  );
}
