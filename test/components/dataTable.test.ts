// dataTable: the data behind a figure as a real, sortable table inside a disclosure.
import {describe, expect, it} from "vitest";
import {dataTable} from "../../src/components/dataTable.js";

interface Row {
  name: string;
  people: number | null;
}

const rows: Row[] = [
  {name: "Ward 10", people: 1200},
  {name: "Ward 9", people: null},
  {name: "Ward 2", people: 300}
];

const table = (open = false) =>
  dataTable<Row>({
    caption: "People by ward",
    open,
    rows,
    columns: [
      {label: "Ward", value: (r) => r.name},
      {
        label: "People",
        value: (r) => r.people,
        numeric: true,
        format: (v) => (v === null ? "not known" : `${v} people`)
      }
    ]
  });
const cells = (details: HTMLElement) =>
  [...details.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent));
const header = (details: HTMLElement, label: string) =>
  [...details.querySelectorAll("thead th")].find((th) => th.textContent === label) as HTMLElement;

describe("dataTable", () => {
  it("is a closed disclosure holding a captioned, focusable, labelled table", () => {
    const details = table();
    expect(details.tagName).toBe("DETAILS");
    expect(details.open).toBe(false);
    expect(details.querySelector("summary")?.textContent).toBe("Show the data as a table");
    const region = details.querySelector(".data-table-scroll")!;
    expect([region.getAttribute("role"), region.getAttribute("aria-label"), region.getAttribute("tabindex")]).toEqual([
      "region",
      "People by ward",
      "0"
    ]);
    expect(details.querySelector("table caption")?.textContent).toBe("People by ward");
    expect(table(true).open).toBe(true);
  });

  it("writes one row per data row, the first cell a row header, formatted values in the given order", () => {
    const details = table();
    expect(cells(details)).toEqual([
      ["Ward 10", "1200 people"],
      ["Ward 9", "not known"],
      ["Ward 2", "300 people"]
    ]);
    const first = details.querySelector("tbody tr")!.children;
    expect([first[0].tagName, first[0].getAttribute("scope"), first[1].tagName, first[1].className]).toEqual([
      "TH",
      "row",
      "TD",
      "numeric"
    ]);
  });

  it("shows a dash for a missing value without a format", () => {
    const details = dataTable<Row>({
      caption: "c",
      rows,
      columns: [
        {label: "Ward", value: (r) => r.name},
        {label: "People", value: (r) => r.people}
      ]
    });
    expect(cells(details).map((r) => r[1])).toEqual(["1200", "–", "300"]);
  });

  it("sorts by a column when its header button is pressed, numbers as numbers and missing values last", () => {
    const details = table();
    const people = header(details, "People");
    people.querySelector("button")!.click();
    expect(cells(details).map((r) => r[0])).toEqual(["Ward 2", "Ward 10", "Ward 9"]);
    expect(people.getAttribute("aria-sort")).toBe("ascending");
    people.querySelector("button")!.click();
    expect(people.getAttribute("aria-sort")).toBe("descending");
    expect(cells(details).map((r) => r[0])).toEqual(["Ward 9", "Ward 10", "Ward 2"]);
  });

  it("sorts text in natural order and marks only the sorted column", () => {
    const details = table();
    header(details, "Ward").querySelector("button")!.click();
    expect(cells(details).map((r) => r[0])).toEqual(["Ward 2", "Ward 9", "Ward 10"]);
    expect([...details.querySelectorAll("thead th")].map((th) => th.getAttribute("aria-sort"))).toEqual([
      "ascending",
      "none"
    ]);
  });

  it("never parses values as HTML", () => {
    const details = dataTable({
      caption: "c",
      rows: [{name: "<img src=x onerror=alert(1)>"}],
      columns: [{label: "Name", value: (r) => r.name}]
    });
    expect(details.querySelector("tbody img")).toBeNull();
    expect(cells(details)).toEqual([["<img src=x onerror=alert(1)>"]]);
  });
});

describe("a data table drawn at build time", () => {
  it("is written without listeners or marks, and sorts once enhanceTables runs on the page", async () => {
    const {JSDOM} = await import("jsdom");
    const server = new JSDOM("").window.document;
    const html = dataTable<Row>({
      caption: "People by ward",
      rows,
      columns: [
        {label: "Ward", value: (r) => r.name},
        {label: "People", value: (r) => r.people, numeric: true}
      ],
      document: server
    }).outerHTML;
    expect(html).not.toContain("data-sortable");
    document.body.innerHTML = html;
    const {enhanceTables} = await import("../../src/components/sortable.js");
    enhanceTables(document);
    const details = document.querySelector("details") as HTMLElement;
    header(details, "People").querySelector("button")!.click();
    expect(cells(details).map((r) => r[0])).toEqual(["Ward 2", "Ward 10", "Ward 9"]);
  });
});
