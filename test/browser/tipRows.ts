// Tips reached from the keyboard (issue 13), checked inside the browser tests' page visits: every mark
// with a tip needs a row with its data-key that tips.ts made a tab stop, in its figure's tables or in a
// table elsewhere that names the figure (data-marks-in).
import type {Page} from "playwright-core";

export interface TipOptions {
  /** Only maps: the figures whose areas carry a data-key (areaMap, decileMap), not charts. */
  maps?: boolean;
  /** Only the graphic shown, of a figure drawn at two widths; else every graphic of the figure. */
  shown?: boolean;
}

/** Each figure whose graphics have tips: its id, how many tips, and how many no row reaches. */
export async function tipRows(
  page: Page,
  options: TipOptions = {}
): Promise<{figure: string; tips: number; unreached: number}[]> {
  await page.locator(".wm-figure[data-tip-rows]").first().waitFor({state: "attached"});
  return page.evaluate(({maps = false, shown = false}) => {
    const reports = [];
    for (const figure of document.querySelectorAll<HTMLElement>(".wm-figure")) {
      const graphics = [...figure.querySelectorAll("svg[role=img]")];
      const drawn = shown ? graphics.filter((svg) => svg.getBoundingClientRect().width).slice(0, 1) : graphics;
      if (maps && !drawn.some((svg) => svg.querySelector("[data-key]"))) continue;
      const tipped = drawn.flatMap((svg) => [...svg.querySelectorAll("[data-tip]")]);
      if (!tipped.length) continue;
      const id = figure.getAttribute("aria-labelledby")!.replace(/-title$/, "");
      const tables = [
        ...figure.querySelectorAll(".data-table"),
        ...document.querySelectorAll(`[data-marks-in="${id}"]`)
      ];
      const rows = new Set(
        tables.flatMap((t) => [...t.querySelectorAll("tr[data-key][tabindex]")].map((r) => r.getAttribute("data-key")))
      );
      const unreached = tipped.filter((mark) => !rows.has(mark.getAttribute("data-key"))).length;
      reports.push({figure: id, tips: tipped.length, unreached});
    }
    return reports;
  }, options);
}

/** The figures of tipRows with a tip that no row reaches, as "id: n of m tips have no row". */
export async function tipsWithoutRows(page: Page, options: TipOptions = {}): Promise<string[]> {
  return (await tipRows(page, options))
    .filter((r) => r.unreached > 0)
    .map((r) => `${r.figure}: ${r.unreached} of ${r.tips} tips have no row`);
}
