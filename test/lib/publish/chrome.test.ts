import {describe, expect, it} from "vitest";
import {siteConfig} from "../../../src/lib/content/site.js";
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

  it("links to the contact route set in config/site.yaml, and writes an editor's words as text", () => {
    const {contact} = siteConfig();
    expect(pageFooter()).toContain(
      `Questions or a broken link? Contact ${contact.name} through <a href="${contact.url}" target="_blank" ` +
        `rel="noopener noreferrer">${contact.link_text}</a>.`
    );
    const other = {name: 'Tom & "Jerry"', link_text: "<our> page", url: "https://example.org/?a=1&b=2"};
    expect(pageFooter(undefined, other)).toContain(
      'Contact Tom &amp; &quot;Jerry&quot; through <a href="https://example.org/?a=1&amp;b=2" target="_blank" ' +
        'rel="noopener noreferrer">&lt;our&gt; page</a>.'
    );
  });
});
