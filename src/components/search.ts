import {searchAreas, type SearchEntry} from "../lib/wards/search.js";
import {h, uid} from "./dom.js";

export interface AreaSearchOptions {
  /**
   * The places to suggest, or a function that loads them: it is called once, when the box first takes
   * focus or input, so a page's first view does not download the index.
   */
  entries: readonly SearchEntry[] | (() => Promise<readonly SearchEntry[]>);
  /** Relative path from the current page to the site root, e.g. "./" or "../". */
  root: string;
  label?: string;
  /** Where to go; defaults to following the link (tests and pages may override). */
  go?: (url: string) => void;
}

/**
 * "Find your area": a text box with suggestions that follows the WAI-ARIA 1.2 combobox pattern
 * (list autocomplete). Down/Up move through the suggestions, Enter opens the highlighted one (or
 * the first), Escape closes the list or clears the box; a live region says how many match.
 */
export function areaSearch({
  entries,
  root,
  label = "Find your area: a ward, a neighbourhood name or an LSOA code",
  go = (url) => window.location.assign(url)
}: AreaSearchOptions): HTMLElement {
  const inputId = uid("area-search");
  const listId = uid("area-search-list");
  const hintId = uid("area-search-hint");
  let matches: SearchEntry[] = [];
  let active = -1;
  let known: readonly SearchEntry[] | null = typeof entries === "function" ? null : entries;
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
    matches = known ? searchAreas(known, input.value) : [];
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
        : !known
          ? "Loading the list of areas…"
          : show
            ? `${matches.length} suggestion${matches.length === 1 ? "" : "s"}; use the up and down arrows to choose.`
            : "No ward, neighbourhood or LSOA matches.";
  };
  const load = () => {
    if (known || loading || typeof entries !== "function") return;
    loading = entries().then(
      (loaded) => {
        known = loaded;
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
      "For example: Heath Town, Hawkesley or E01009107. Suggestions appear as you type."
    ),
    h("div", {class: "wm-search-box"}, input, list),
    status
  );
}
