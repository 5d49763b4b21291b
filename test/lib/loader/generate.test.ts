// The build's generation step on the fixture sources: every registered output written once, into
// the cache as Framework names it; pages' marked parts kept beside them; and the loaders marked as
// reading content/ are exactly those whose outputs change with it.
import {existsSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {generateOutputs, type Written} from "../../../src/lib/loader/generate.js";
import {LOADERS, parameterOf, targetOf} from "../../../src/lib/loader/outputs.js";
import {deferredPartsFile} from "../../../src/lib/publish/deferred.js";
import {embedNames} from "../../../src/lib/render/embedNames.js";
import {listFiles} from "../../../src/lib/util/files.js";
import {fixtureProject} from "../../fixtures/project.js";
import {writeFixture} from "../../fixtures/sources.js";

interface Run {
  root: string;
  cache: string;
  deferred: string;
  written: Written[];
  log: string[];
}

async function generate(sourcesDir: string, stories: boolean): Promise<Run> {
  const root = fixtureProject({stories});
  const cache = join(root, "cache");
  const deferred = join(root, "deferred");
  const log: string[] = [];
  const written = await generateOutputs({sourcesDir, root, cache, deferred, log: (line) => log.push(line)});
  return {root, cache, deferred, written, log};
}

describe("generating every loader output in one process", () => {
  let sources: string;
  let withStories: Run;
  let withoutStories: Run;
  beforeAll(async () => {
    sources = mkdtempSync(join(tmpdir(), "wm-sources-"));
    writeFixture(sources);
    [withStories, withoutStories] = [await generate(sources, true), await generate(sources, false)];
  });
  afterAll(() => {
    for (const dir of [sources, withStories.root, withoutStories.root]) rmSync(dir, {recursive: true, force: true});
  });

  it("writes each output of each loader once, where Framework looks for it, and nothing else", () => {
    const {written, cache, log} = withStories;
    const targets = written.map((w) => w.target);
    expect(new Set(targets).size).toBe(targets.length);
    expect(listFiles(cache)).toEqual(targets);
    const single = LOADERS.filter((l) => !l.params).map((l) => targetOf(l.loader));
    // The fixture's published story (beta is a draft: a build leaves it out) and its two wards.
    const embeds = embedNames(["alpha"]).map((name) => `embed/${name}.md`);
    const routes = ["stories/alpha.md", "wards/north-ward.md", "wards/south-and-east.md", ...embeds];
    const downloads = ["data/stories/alpha.csv", "data/wards/north-ward.csv", "data/wards/south-and-east.csv"];
    expect(targets).toEqual([...single, ...routes, ...downloads].sort());
    for (const {loader, target} of written)
      expect(
        targetOf(
          loader,
          parameterOf(loader) &&
            target
              .split("/")
              .at(-1)!
              .replace(/\.\w+$/, "")
        )
      ).toBe(target);
    expect(log.at(-1)).toMatch(new RegExp(`^${written.length} outputs in [\\d.]+ s$`));
  });

  it("keeps a page's marked parts beside it and a placeholder in the page", () => {
    const page = readFileSync(join(withStories.cache, "wards/north-ward.md"), "utf8");
    const parts = JSON.parse(readFileSync(join(withStories.deferred, "wards/north-ward.md.json"), "utf8"));
    expect(page.match(/<!--wm-deferred:\d+-->/g)).toHaveLength(parts.length);
    expect(page).not.toMatch(/<svg/);
    // The one table left in the page is the similar wards', whose links Framework must see.
    expect(page.match(/<table/g)).toHaveLength(1);
    expect(page).toMatch(/<div class="wm-similar">[\s\S]*<table/);
    expect(parts.join("")).toMatch(/<svg[\s\S]*<table/);
    expect(existsSync(join(withStories.deferred, "data"))).toBe(false);
  });

  it("marks as reading content/ exactly the loaders whose outputs change with the stories", () => {
    // A page's output is its Markdown and the parts kept beside it (a figure may change, its page not).
    const read = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : null);
    const outputs = (run: Run, loader: string) =>
      run.written
        .filter((w) => w.loader === loader)
        .map((w) => [w.target, read(join(run.cache, w.target)), read(deferredPartsFile(run.deferred, w.target))]);
    const changing = LOADERS.filter(
      (l) => JSON.stringify(outputs(withStories, l.loader)) !== JSON.stringify(outputs(withoutStories, l.loader))
    );
    expect(changing.map((l) => l.loader)).toEqual(LOADERS.filter((l) => l.content).map((l) => l.loader));
  });
});
