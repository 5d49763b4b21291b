import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {inlineImages} from "../../../src/lib/stories/images.js";

describe("inlineImages", () => {
  const folder = mkdtempSync(join(tmpdir(), "wm-images-"));
  mkdirSync(join(folder, "images"));
  writeFileSync(join(folder, "images", "a.png"), Buffer.from([1, 2, 3]));
  afterAll(() => rmSync(folder, {recursive: true, force: true}));

  it("embeds story images as data URLs and leaves anything else for the check", () => {
    expect(inlineImages("Text ![A garden](images/a.png) and ![Gone](images/b.png), [a link](images/a.png)", folder)).toBe(
      "Text ![A garden](data:image/png;base64,AQID) and ![Gone](images/b.png), [a link](images/a.png)"
    );
  });
});

describe("embedded images in the narrative", () => {
  it("are rendered with their alt text", async () => {
    const {renderNarrative} = await import("../../../src/lib/stories/page.js");
    expect(renderNarrative("![A garden](data:image/png;base64,AQID)")).toContain('<p><img src="data:image/png;base64,AQID" alt="A garden"></p>');
  });
});
