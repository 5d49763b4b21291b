/**
 * Tables that already sort. Kept here, not in an attribute: an attribute set while a table is drawn at
 * build time would reach the built HTML, where its listeners are gone.
 */
const sorting = new WeakSet<Element>();

/**
 * Sorting for a data table's rows, by clicking (or pressing Enter on) a column's header button.
 * Works on tables drawn in the browser and on tables in the built HTML alike: it reads the
 * values from the cells (data-value where the text shown differs from the value).
 */
export function sortable<T extends Element>(root: T): T {
  const table = root.matches("table") ? root : root.querySelector("table");
  const tbody = table?.querySelector("tbody");
  if (!table || !tbody || sorting.has(table)) return root;
  sorting.add(table);
  const headers = [...table.querySelectorAll<HTMLTableCellElement>("thead th")];
  const original = [...tbody.rows];
  let sorted: {index: number; ascending: boolean} | null = null;
  headers.forEach((th, index) =>
    th.querySelector("button")?.addEventListener("click", () => {
      const ascending = sorted?.index === index ? !sorted.ascending : true;
      sorted = {index, ascending};
      const numeric = th.classList.contains("numeric");
      const key = (row: HTMLTableRowElement) => cellValue(row.cells[index], numeric);
      const rows = original.slice().sort((a, b) => compare(key(a), key(b)) * (ascending ? 1 : -1));
      headers.forEach((other, i) =>
        other.setAttribute("aria-sort", i === index ? (ascending ? "ascending" : "descending") : "none")
      );
      tbody.replaceChildren(...rows);
    })
  );
  return root;
}

/** Makes every data table in `root` sortable: the enhancement for tables in the built HTML. */
export function enhanceTables(root: ParentNode = document): void {
  for (const table of root.querySelectorAll(".data-table table")) sortable(table);
}

function cellValue(cell: HTMLTableCellElement | undefined, numeric: boolean): string | number | null {
  if (!cell) return null;
  const text = cell.dataset.value ?? cell.textContent ?? "";
  if (text === "" || (numeric && cell.dataset.value === undefined && text === "–")) return null;
  if (!numeric) return text;
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === "number" && typeof b === "number"
    ? a - b
    : String(a).localeCompare(String(b), "en-GB", {numeric: true});
}
