/**
 * Tooltips for graphics drawn at build time. Each mark's text is in a <title> (a native tooltip when
 * scripts are off); this moves it to data-tip and shows it beside the pointer in a box kept inside
 * the figure, dismissed by moving away or pressing Escape.
 */
export function enhanceTips(root: ParentNode = document): void {
  for (const graphic of root.querySelectorAll<SVGSVGElement>(".wm-figure svg:not([data-tips])")) tips(graphic);
}

function tips(graphic: SVGSVGElement): void {
  const marks = [...graphic.querySelectorAll("title")].map((title) => {
    const mark = title.parentElement!;
    mark.setAttribute("data-tip", title.textContent ?? "");
    title.remove();
    return mark;
  });
  graphic.setAttribute("data-tips", "");
  if (!marks.length) return;
  const container = graphic.closest(".wm-figure") as HTMLElement;
  const tip = container.ownerDocument.createElement("div");
  tip.className = "wm-tip";
  tip.hidden = true;
  container.append(tip);
  const hide = () => (tip.hidden = true);
  graphic.addEventListener("pointermove", (event) => {
    const mark = (event.target as Element).closest("[data-tip]");
    if (!mark || !graphic.contains(mark)) return hide();
    tip.textContent = mark.getAttribute("data-tip");
    tip.hidden = false;
    place(tip, container, event);
  });
  graphic.addEventListener("pointerleave", hide);
  container.ownerDocument.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
}

/** Beside the pointer, flipped to the other side near the figure's edges so it is never cut off. */
function place(tip: HTMLElement, container: HTMLElement, event: PointerEvent): void {
  const box = container.getBoundingClientRect();
  const x = event.clientX - box.left;
  const y = event.clientY - box.top;
  const {offsetWidth: width, offsetHeight: height} = tip;
  const left = x + 12 + width > box.width ? Math.max(0, x - 12 - width) : x + 12;
  const top = y - 12 - height < 0 ? y + 16 : y - 12 - height;
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}
