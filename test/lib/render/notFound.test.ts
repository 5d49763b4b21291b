import {describe, expect, it} from "vitest";
import {siteConfig} from "../../../src/lib/content/site.js";
import {LOADERS} from "../../../src/lib/loader/outputs.js";
import type {Shared} from "../../../src/lib/loader/shared.js";
import {notFoundMarkdown} from "../../../src/lib/render/notFound.js";
import {PROJECT_ROOT} from "../../../src/lib/util/projectRoot.js";
import {readPage} from "./page.js";

describe("notFoundMarkdown", () => {
  const contactLink = (markdown: string) => {
    const {document} = readPage(markdown);
    const link = [...document.querySelectorAll("p a")].at(-1)!;
    return {sentence: link.parentElement!.textContent!.replace(/\s+/g, " "), href: link.getAttribute("href")};
  };

  it("names the contact route it is given, as text", () => {
    const contact = {name: "Tom & Jerry's <team>", link_text: "our page", url: "mailto:team@example.org"};
    expect(contactLink(notFoundMarkdown(contact))).toEqual({
      sentence:
        "If you followed a link on this site to get here, please tell Tom & Jerry's <team> so that it can be " +
        "fixed: contact them through our page.",
      href: "mailto:team@example.org"
    });
  });

  it("is made by its loader with the route set in config/site.yaml", async () => {
    const loader = LOADERS.find((l) => l.loader === "404.md.ts")!;
    const markdown = String(await loader.produce({root: PROJECT_ROOT} as Shared, undefined, () => {}));
    const {contact} = siteConfig();
    expect(contactLink(markdown)).toEqual({
      sentence: expect.stringContaining(`please tell ${contact.name} so that`),
      href: contact.url
    });
    expect(markdown).toBe(notFoundMarkdown(contact));
  });
});
