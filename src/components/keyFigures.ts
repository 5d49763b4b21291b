import {formatDecimal} from "../lib/format.js";
import {hyperscript} from "./dom.js";

/** A figure from a needs assessment: what it measures, its value and where it comes from. */
export interface KeyFigure {
  measure: string;
  value: number;
  unit: string;
  period: string;
  source: string;
}

/** Whole numbers as they are; others to two decimals below 1, else one. */
const formatValue = (v: number) => formatDecimal(v, Number.isInteger(v) ? 0 : Math.abs(v) < 1 ? 2 : 1);

/** A borough's key figures as a list, each with its period and source: numbers that need no chart. */
export function keyFigures(
  rows: readonly KeyFigure[],
  {title, document = globalThis.document}: {title: string; document?: Document}
): HTMLElement {
  const h = hyperscript(document);
  return h(
    "div",
    {class: "story-key-figures-block"},
    h("h3", {class: "wm-figure-title"}, title),
    h(
      "ul",
      {class: "story-key-figures"},
      rows.map((k) =>
        h(
          "li",
          {},
          `${k.measure}: `,
          h("strong", {}, `${formatValue(k.value)} ${k.unit}`),
          ` (${k.period}). `,
          h("span", {class: "wm-figure-source"}, `Source: ${k.source}.`)
        )
      )
    )
  );
}
