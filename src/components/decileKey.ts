/**
 * A decile map's key as controls, added in the browser: each entry of the key (decileLegend)
 * becomes a button that outlines the map's LSOAs in that decile and fades the others, so a reader
 * who cannot tell two neighbouring shades apart (in greyscale, with colour-vision deficiency, or one
 * small LSOA among large ones) can find every LSOA of a decile. One decile at a time; pressing it
 * again shows the whole map. A map's LSOAs are found by their fill, the key's swatch colour. Without
 * scripts the key still gives each decile's count, and the tooltips and the table give each LSOA's
 * decile.
 */
export const DECILE_KEY = "wm-decile-key";
const SHOWING = "wm-decile-showing";
const SHOWN = "wm-decile-shown";

export function enhanceDecileKeys(root: ParentNode = document): void {
  for (const key of root.querySelectorAll<HTMLElement>(`.${DECILE_KEY}:not([data-ready])`)) decileKey(key);
}

function decileKey(key: HTMLElement): void {
  key.setAttribute("data-ready", "");
  const figure = key.closest(".wm-figure");
  if (!figure) return;
  const document = key.ownerDocument;
  const maps = [...figure.querySelectorAll<SVGSVGElement>("svg[role=img]")];
  const areas = (fill: string) =>
    maps.flatMap((map) => [...map.querySelectorAll<SVGElement>(`[data-key][fill="${fill}"]`)]);
  const buttons: HTMLButtonElement[] = [];
  let shown: HTMLButtonElement | null = null;

  const show = (button: HTMLButtonElement | null) => {
    shown = button;
    for (const other of buttons) other.setAttribute("aria-pressed", String(other === button));
    for (const area of figure.querySelectorAll(`.${SHOWN}`)) area.classList.remove(SHOWN);
    for (const map of maps) map.classList.toggle(SHOWING, button !== null);
    // Drawn last, so that no neighbour covers their outlines.
    for (const area of button ? areas(button.dataset.fill!) : []) {
      area.classList.add(SHOWN);
      area.parentElement?.append(area);
    }
  };

  for (const item of key.querySelectorAll<HTMLElement>("[role=listitem]")) {
    const fill = item.querySelector("svg")?.getAttribute("fill");
    if (!fill) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.fill = fill;
    button.append(...item.childNodes);
    button.disabled = areas(fill).length === 0;
    button.addEventListener("click", () => show(shown === button ? null : button));
    item.append(button);
    buttons.push(button);
  }
  if (!buttons.length) return;
  show(null);
  const hint = document.createElement("p");
  hint.className = "wm-decile-hint";
  hint.textContent = "Choose a decile to outline its LSOAs on the map.";
  key.prepend(hint);
}
