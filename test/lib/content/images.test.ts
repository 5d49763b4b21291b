import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {inlineImages} from "../../../src/lib/content/images.js";
import {renderMarkdown} from "../../../src/lib/content/markdown.js";
import {parseSteps} from "../../../src/lib/content/steps.js";
import {stepsMarkdown} from "../../fixtures/steps.js";

describe("inlineImages", () => {
  const folder = mkdtempSync(join(tmpdir(), "wm-images-"));
  mkdirSync(join(folder, "images"));
  writeFileSync(join(folder, "images", "a.png"), Buffer.from([1, 2, 3]));
  writeFileSync(join(folder, "a.png"), Buffer.from([4, 5, 6]));
  afterAll(() => rmSync(folder, {recursive: true, force: true}));

  it("embeds story images as data URLs, rendered with their alt text, and leaves anything else for the check", () => {
    const text =
      "Text ![A garden](images/a.png) and ![Gone](images/b.png), [a link](images/a.png), ![Outside](a.png)\n";
    const steps = parseSteps("s.md", stepsMarkdown({people: text}));
    inlineImages(steps, folder);
    const part = steps[2].narrative[0];
    expect(part.kind === "markdown" && renderMarkdown(part.tokens).trim()).toBe(
      '<p>Some words.\nText <img src="data:image/png;base64,AQID" alt="A garden"> and ' +
        '<img src="images/b.png" alt="Gone">, <a href="images/a.png">a link</a>, <img src="a.png" alt="Outside"></p>'
    );
  });
});
