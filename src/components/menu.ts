/** When Framework's layout shows the sidebar beside the page (its layout.css breakpoint). */
const SIDEBAR_BESIDE = "(min-width: calc(640px + 6rem + 272px))";
/** What can take focus in Framework's sidebar: its links, its sections' summaries, its search box. */
const FOCUSABLE = "a[href], button, input, summary, [tabindex]:not([tabindex='-1'])";

/**
 * The site's menu: the "Menu" button in the page header (observablehq.config.ts) shows and hides
 * Framework's sidebar of pages, in place of Framework's unlabelled toggle, which sits outside every
 * landmark and, beside the sidebar, under it. The button drives that toggle (a checkbox, so the
 * sidebar's CSS and remembered state stay Framework's) and says whether the menu is open. On a
 * narrow screen, where the sidebar covers the page, it is a modal menu: opening it moves focus to its
 * first link, Tab and Shift+Tab cycle through its links and the button (the page beneath is covered,
 * so focus must not go there unseen), and Escape closes it and returns focus to the button. Without
 * JavaScript the button stays hidden and Framework's toggle works as before; every page also lists
 * the site's pages in its footer.
 */
export function menu(document: Document): void {
  const button = document.querySelector<HTMLButtonElement>(".wm-menu-button");
  const toggle = document.getElementById("observablehq-sidebar-toggle") as HTMLInputElement | null;
  const sidebar = document.getElementById("observablehq-sidebar");
  if (!button || !toggle || !sidebar) return;
  const beside = matchMedia(SIDEBAR_BESIDE);
  // Framework remembers an open sidebar from page to page; on a phone that would cover each new
  // page the reader chose from it. There, every page starts with the menu closed (the default).
  if (!beside.matches && toggle.checked) {
    toggle.checked = false;
    toggle.indeterminate = true;
    sessionStorage.removeItem("observablehq-sidebar");
  }
  // Framework's toggle is indeterminate until the reader first uses it: the sidebar is then shown
  // beside the page on wide screens and hidden on narrow ones.
  const isOpen = () => (toggle.indeterminate ? beside.matches : toggle.checked);
  const sync = () => button.setAttribute("aria-expanded", String(isOpen()));
  const close = () => {
    if (isOpen()) toggle.click();
    sync();
    button.focus();
  };

  button.addEventListener("click", () => {
    toggle.click();
    sync();
    if (isOpen() && !beside.matches) sidebar.querySelector<HTMLElement>("a[href]")?.focus();
  });
  // What Tab moves between while the menu covers the page: the button, then the sidebar's controls shown.
  const cycle = () => [
    button,
    ...[...sidebar.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.getClientRects().length > 0)
  ];
  const onKey = (event: KeyboardEvent) => {
    if (beside.matches || !isOpen()) return;
    if (event.key === "Escape") {
      // Framework's own Escape handler (on window) is not reached.
      event.stopPropagation();
      close();
    } else if (event.key === "Tab") {
      const items = cycle();
      const at = items.indexOf(document.activeElement as HTMLElement);
      if (at < 0) return;
      event.preventDefault();
      items[(at + (event.shiftKey ? -1 : 1) + items.length) % items.length].focus();
    }
  };
  sidebar.addEventListener("keydown", onKey);
  button.addEventListener("keydown", onKey);
  // The sidebar's own close icon and the backdrop are labels of the toggle.
  toggle.addEventListener("change", sync);
  beside.addEventListener("change", sync);
  document.documentElement.classList.add("wm-menu-ready");
  button.hidden = false;
  sync();
}
