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
      "boroughs.html",
      "404.html"
    ];
    expect(files.map(pageKind)).toEqual(["home", "story", "other", "ward", "risk-index", "other", "other"]);
  });

  it("holds a story's first view to the 400 KB target, with per-page overrides", () => {
    expect(transferBudget("stories/aston.html")).toBe(400 * 1024);
    expect(transferBudget("stories/aston.html", {"stories/aston.html": 500 * 1024})).toBe(500 * 1024);
    expect(transferBudget("sources.html")).toBe(TRANSFER_BUDGETS.other);
  });
});
