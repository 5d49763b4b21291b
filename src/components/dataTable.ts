import {hyperscript} from "./dom.js";
import {sortable} from "./sortable.js";

export interface TableColumn<T> {
  label: string;
  value: (row: T) => string | number | null | undefined;
  /** Display text; defaults to the value. */
  format?: (value: string | number | null | undefined, row: T) => string;
  /** Right-align and sort numerically. */
  numeric?: boolean;
}

export interface DataTableOptions<T> {
  caption: string;
  columns: TableColumn<T>[];
  rows: readonly T[];
  /** Text of the disclosure control. */
  summary?: string;
  open?: boolean;
  /**
   * Each row's key, as data-key: the key of the map area or mark the row stands for, so that moving
   * to the row shows that area's tooltip (tips.ts); null for a row that stands for no mark.
   */
  key?: (row: T) => string | null;
  /**
   * For a table outside the figure whose marks its rows stand for: that figure's id (figure()'s `id`),
   * so the keyboard reaches the marks' tooltips from this table (tips.ts) and no second table is needed.
   */
  marksIn?: string;
  /** The document to create elements in (default: the page's; a server-side DOM at build time). */
  document?: Document;
}

/**
 * The data behind a chart or map as a real table inside a disclosure, so keyboard and screen-reader
 * users get every value. Column headers are buttons that sort the rows: in the browser at once, and
 * in a table drawn at build time once `sortable` (or enhanceTables) runs on the page.
 */
export function dataTable<T>({
  caption,
  columns,
  rows,
  summary = "Show the data as a table",
  open = false,
  key,
  marksIn,
  document = globalThis.document
}: DataTableOptions<T>): HTMLDetailsElement {
  const h = hyperscript(document);
  const headers = columns.map((column) =>
    h(
      "th",
      {scope: "col", "aria-sort": "none", class: column.numeric ? "numeric" : null},
      h("button", {type: "button"}, column.label)
    )
  );
  const body = rows.map((row) =>
    h(
      "tr",
      {"data-key": key?.(row) ?? null},
      columns.map((c, i) => {
        const v = c.value(row);
        const text = c.format ? c.format(v, row) : v === null || v === undefined ? "–" : String(v);
        return h(
          i === 0 ? "th" : "td",
          {
            scope: i === 0 ? "row" : null,
            class: c.numeric ? "numeric" : null,
            // The value to sort by, where the text shown differs from it.
            "data-value": v === null || v === undefined ? "" : text === String(v) ? null : String(v)
          },
          text
        );
      })
    )
  );
  const details = h(
    "details",
    {class: "data-table", open, "data-marks-in": marksIn ?? null},
    h("summary", {}, summary),
    h(
      "div",
      {class: "data-table-scroll", tabindex: 0, role: "region", "aria-label": caption},
      h("table", {}, h("caption", {}, caption), h("thead", {}, h("tr", {}, headers)), h("tbody", {}, body))
    )
  );
  // Listeners added to a table drawn in another document (a server-side DOM at build time) would be
  // lost with it: the page adds them to the built HTML with enhanceTables.
  return document === globalThis.document ? sortable(details) : details;
}
