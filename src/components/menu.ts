/** When Framework's layout shows the sidebar beside the page (its layout.css breakpoint). */
const SIDEBAR_BESIDE = "(min-width: calc(640px + 6rem + 272px))";

/**
 * The site's menu: the "Menu" button in the page header (observablehq.config.ts) shows and hides
 * Framework's sidebar of pages, in place of Framework's unlabelled toggle, which sits outside every
 * landmark and, beside the sidebar, under it. The button drives that toggle (a checkbox, so the
 * sidebar's CSS and remembered state stay Framework's) and says whether the menu is open. On a
 * narrow screen, where the sidebar covers the page, opening it moves focus to its first link and
 * Escape closes it and returns focus to the button. Without JavaScript the button stays hidden and
 * Framework's toggle works as before; every page also lists the site's pages in its footer.
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
  // Escape in the covering sidebar; Framework's own Escape handler (on window) is not reached.
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || beside.matches || !isOpen()) return;
    event.stopPropagation();
    close();
  };
  sidebar.addEventListener("keydown", onEscape);
  button.addEventListener("keydown", onEscape);
  // The sidebar's own close icon and the backdrop are labels of the toggle.
  toggle.addEventListener("change", sync);
  beside.addEventListener("change", sync);
  document.documentElement.classList.add("wm-menu-ready");
  button.hidden = false;
  sync();
}
