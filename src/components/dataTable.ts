import {h} from "./dom.js";

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
}

/**
 * The data behind a chart or map as a real table inside a disclosure, so keyboard and screen-reader
 * users get every value. Column headers are buttons that sort the rows.
 */
export function dataTable<T>({
  caption,
  columns,
  rows,
  summary = "Show the data as a table",
  open = false
}: DataTableOptions<T>): HTMLDetailsElement {
  const tbody = h("tbody");
  const headers = columns.map((column, i) =>
    h(
      "th",
      {scope: "col", "aria-sort": "none", class: column.numeric ? "numeric" : null},
      h("button", {type: "button", onclick: () => sortBy(i)}, column.label)
    )
  );
  let order = rows.slice();
  let sorted: {index: number; ascending: boolean} | null = null;
  const render = () => {
    tbody.replaceChildren(
      ...order.map((row) =>
        h(
          "tr",
          {},
          columns.map((c, i) => {
            const v = c.value(row);
            const text = c.format ? c.format(v, row) : v === null || v === undefined ? "–" : String(v);
            return h(i === 0 ? "th" : "td", {scope: i === 0 ? "row" : null, class: c.numeric ? "numeric" : null}, text);
          })
        )
      )
    );
  };
  const sortBy = (index: number) => {
    const ascending = sorted?.index === index ? !sorted.ascending : true;
    sorted = {index, ascending};
    const c = columns[index];
    order = rows.slice().sort((a, b) => compare(c.value(a), c.value(b)) * (ascending ? 1 : -1));
    headers.forEach((th, i) =>
      th.setAttribute("aria-sort", i === index ? (ascending ? "ascending" : "descending") : "none")
    );
    render();
  };
  render();
  return h(
    "details",
    {class: "data-table", open},
    h("summary", {}, summary),
    h(
      "div",
      {class: "data-table-scroll", tabindex: 0, role: "region", "aria-label": caption},
      h("table", {}, h("caption", {}, caption), h("thead", {}, h("tr", {}, headers)), tbody)
    )
  );
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return typeof a === "number" && typeof b === "number"
    ? a - b
    : String(a).localeCompare(String(b), "en-GB", {numeric: true});
}
