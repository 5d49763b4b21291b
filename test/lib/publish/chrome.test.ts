import {describe, expect, it} from "vitest";
import {pageFooter, relativeLink, SITE_PAGES} from "../../../src/lib/publish/chrome.js";

describe("relativeLink", () => {
  it("links as Framework writes links: relative to the page's folder, clean URLs kept", () => {
    expect(relativeLink("index.html", "/")).toBe("./");
    expect(relativeLink("index.html", "/stories/")).toBe("./stories/");
    expect(relativeLink("index.html", "/deprivation")).toBe("./deprivation");
    expect(relativeLink("wards/aston.html", "/")).toBe("../");
    expect(relativeLink("wards/aston.html", "/wards/")).toBe("./");
    expect(relativeLink("wards/aston.html", "/stories/")).toBe("../stories/");
    expect(relativeLink("stories/index.html", "/stories/")).toBe("./");
    expect(relativeLink("embed/stories/a/b.html", "/sources")).toBe("../../../sources");
  });
});

describe("pageFooter", () => {
  it("lists the home page and every page of the sidebar, with links made by `link`", () => {
    const footer = pageFooter((path) => `.${path}`);
    const links = [...footer.matchAll(/<li><a href="([^"]*)">([^<]*)<\/a><\/li>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([["./", "Home"], ...SITE_PAGES.map((p) => [`.${p.path}`, p.name])]);
    expect(footer).toContain("Open Government Licence v3.0");
  });
});
