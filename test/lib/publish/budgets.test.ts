import {describe, expect, it} from "vitest";
import {pageKind, TRANSFER_BUDGETS, transferBudget} from "../../../src/lib/publish/budgets.js";

describe("page kinds and budgets", () => {
  it("classifies pages by path", () => {
    const files = [
      "index.html",
      "stories/aston.html",
      "stories/index.html",
      "wards/aston.html",
      "risk-index.html",
      "deprivation.html",
      "boroughs.html",
      "404.html"
    ];
    expect(files.map(pageKind)).toEqual([
      "home",
      "story",
      "other",
      "ward",
      "risk-index",
      "deprivation",
      "other",
      "other"
    ]);
  });

  it("counts an embed page as the kind of page its figure comes from", () => {
    expect(
      ["embed/stories--aston--change-map.html", "embed/deprivation--map.html", "embed/boroughs--x.html"].map(pageKind)
    ).toEqual(["story", "deprivation", "other"]);
  });

  it("holds each kind's first view to issue 10's budgets, with per-page overrides", () => {
    const kb = (file: string) => transferBudget(file) / 1024;
    expect(
      ["stories/aston.html", "wards/aston.html", "index.html", "risk-index.html", "deprivation.html"].map(kb)
    ).toEqual([100, 100, 150, 250, 250]);
    expect(transferBudget("stories/aston.html", {"stories/aston.html": 500 * 1024})).toBe(500 * 1024);
    expect(transferBudget("sources.html")).toBe(TRANSFER_BUDGETS.other);
  });
});
