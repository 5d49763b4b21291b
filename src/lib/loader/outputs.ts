import {existsSync} from "node:fs";
import {join} from "node:path";
import {DISTRICT_DOMAINS} from "../inputs/districtSummaries.js";
import {storyCsv} from "../datasets/storyCsv.js";
import {wardCsv} from "../datasets/wardCsv.js";
import {rowsToParquet} from "../output/parquet.js";
import {boroughsMarkdown} from "../render/boroughs.js";
import {deprivationMarkdown} from "../render/deprivation.js";
import {homeMarkdown} from "../render/home.js";
import {notFoundMarkdown} from "../render/notFound.js";
import {riskIndexMarkdown} from "../render/riskIndex.js";
import {riskMethodMarkdown} from "../render/riskMethod.js";
import {sourcesMarkdown} from "../render/sources.js";
import {storyIndexMarkdown} from "../render/storyIndex.js";
import {storyPageMarkdown} from "../render/storyPage.js";
import {wardIndexMarkdown} from "../render/wardIndex.js";
import {wardPageMarkdown} from "../render/wardPage.js";
import {siteConfig} from "../content/site.js";
import {inputFacts, RISK_COLUMNS, riskMethod, toCsv} from "../risk/dataset.js";
import {storySourceFiles} from "../stories/assemble.js";
import {storyNumbers} from "../stories/data.js";
import {robustnessSentence} from "../summaries/risk.js";
import {listFiles} from "../util/files.js";
import {storiesForSearch, storyPages, wardsForSearch} from "../wards/dataset.js";
import {buildSearchIndex} from "../wards/search.js";
import {deprivationData, embedMarkdown, embedPageNames} from "./embeds.js";
import type {Shared} from "./shared.js";
import {parameterOf, targetOf, type OutputData} from "./targets.js";

export {parameterOf, targetOf};
export type {OutputData};

/** Progress of one output, to stderr (a loader) or the build's log (the generation step). */
export type Log = (message: string) => void;

/**
 * One Framework loader under src/ and how its output is made. The build writes every output in one
 * process (generate.ts); the loader file itself is a thin call into this registry (entry.ts), so
 * the dev server can still run it alone.
 */
export interface LoaderOutputs {
  /** The loader file, relative to src/: "data/sna.json.ts", or "wards/[slug].md.ts" for a route. */
  loader: string;
  /**
   * Whether the output reads the editors' content/ (stories, drafts): the dev server reruns these
   * loaders when content changes (scripts/dev.ts). A test checks the flag against what changes.
   */
  content?: boolean;
  /** A route's values of its [parameter], one output each; a loader without one has one output. */
  params?: (shared: Shared) => readonly string[];
  /** The output's bytes (a route's output for one parameter value). */
  produce: (shared: Shared, param: string | undefined, log: Log) => OutputData | Promise<OutputData>;
}

/**
 * Every loader of the site. To add a page loader: write its render function (src/lib/render), add
 * one line here, and a loader file under src/ whose body is `await runRegisteredLoader(import.meta.url)`.
 */
export const LOADERS: readonly LoaderOutputs[] = [
  {loader: "data/risk-index.csv.ts", produce: ({riskIndex}) => toCsv(riskIndex.rows, Object.keys(RISK_COLUMNS))},
  {loader: "data/risk-index.parquet.ts", produce: ({riskIndex}) => rowsToParquet(riskIndex.rows, RISK_COLUMNS)},
  {
    loader: "data/wards/[slug].csv.ts",
    params: ({wardProfiles}) => wardProfiles.map((w) => w.slug),
    produce: ({ward, provenance}, slug) => wardCsv(ward(slug!), provenance)
  },
  {
    loader: "data/stories/[slug].csv.ts",
    content: true,
    params: ({storyInputs}) => storyInputs.stories.map((s) => s.slug),
    // The story's numbers alone: assembling its page (content, images, shapes) is left to the page's job.
    produce: ({storyInputs, similarAreas, provenance}, slug) => {
      const story = storyInputs.stories.find((s) => s.slug === slug);
      if (!story) throw new Error(`no story folder content/stories/${slug}`);
      const numbers = storyNumbers(story.area.lsoa_codes, storyInputs.model);
      return storyCsv({story, numbers}, similarAreas(story.area.lsoa_codes), provenance);
    }
  },
  {
    loader: "data/search-index.json.ts",
    content: true,
    produce: ({sources, root}) =>
      JSON.stringify(buildSearchIndex(wardsForSearch(sources), storiesForSearch(sources, root)))
  },
  {
    loader: "index.md.ts",
    content: true,
    produce: ({model, storyInputs, sources, root, provenance}) =>
      homeMarkdown({
        topology: model.topology,
        stories: storyInputs.stories,
        pages: storyPages(sources, root),
        keyFigures: model.sna.keyFigures,
        provenance
      })
  },
  {
    loader: "boroughs.md.ts",
    produce: ({model, provenance}) =>
      boroughsMarkdown({sna: model.sna, domains: DISTRICT_DOMAINS, districts: model.districtSummaries, provenance})
  },
  {
    loader: "deprivation.md.ts",
    produce: (shared) => deprivationMarkdown(deprivationData(shared))
  },
  {
    loader: "risk-index.md.ts",
    content: true,
    produce: ({riskIndex, model, storyInputs, provenance}) =>
      riskIndexMarkdown({
        rows: riskIndex.rows,
        method: riskMethod(riskIndex),
        topology: model.topology,
        stories: storyInputs.stories,
        provenance
      })
  },
  {
    loader: "risk-index-method.md.ts",
    produce: ({model, riskIndex}, _, log) => {
      const facts = inputFacts(model, riskIndex);
      const method = riskMethod(riskIndex, facts);
      log(`robustness check: ${robustnessSentence(method.robustness)}`);
      return riskMethodMarkdown({...method, ...facts});
    }
  },
  {loader: "sources.md.ts", produce: ({provenance}) => sourcesMarkdown(provenance)},
  {loader: "404.md.ts", produce: ({root}) => notFoundMarkdown(siteConfig(root).contact)},
  {loader: "stories/index.md.ts", content: true, produce: ({stories}) => storyIndexMarkdown(stories)},
  {
    loader: "stories/[slug].md.ts",
    content: true,
    params: ({storyInputs}) => storyInputs.stories.map((s) => s.slug),
    produce: ({story, sources, similarAreas}, slug) => {
      const data = story(slug!);
      return storyPageMarkdown(data, storySourceFiles(sources), similarAreas(data.story.area.lsoa_codes));
    }
  },
  {
    loader: "wards/index.md.ts",
    produce: ({sources}) => wardIndexMarkdown(buildSearchIndex(wardsForSearch(sources)))
  },
  {
    loader: "wards/[slug].md.ts",
    content: true,
    params: ({wardProfiles}) => wardProfiles.map((w) => w.slug),
    produce: ({ward, model, provenance}, slug) =>
      wardPageMarkdown(ward(slug!), {topology: model.topology, provenance, police: model.policeCrime})
  },
  {
    loader: "embed/[figure].md.ts",
    content: true,
    params: embedPageNames,
    produce: (shared, name) => embedMarkdown(shared, name!)
  }
];

/** The registered loader of a file under src/, or an error that says how to register it. */
export function registeredLoader(loader: string, loaders: readonly LoaderOutputs[] = LOADERS): LoaderOutputs {
  const found = loaders.find((l) => l.loader === loader);
  if (!found) throw new Error(`src/${loader} is not in LOADERS (src/lib/loader/outputs.ts): add it there`);
  return found;
}

/**
 * The outputs of a loader that are in Framework's cache now (paths under `cache`): its one output,
 * or for a route every cached file its pattern matches, whatever the parameter values were then.
 */
export function cachedOutputs(cache: string, loader: string): string[] {
  if (!parameterOf(loader)) return existsSync(join(cache, targetOf(loader))) ? [targetOf(loader)] : [];
  const [before, after] = targetOf(loader, "\0").split("\0");
  const folder = before.slice(0, before.lastIndexOf("/") + 1);
  if (!existsSync(join(cache, folder))) return [];
  return listFiles(join(cache, folder))
    .map((file) => folder + file)
    .filter(
      (path) =>
        path.startsWith(before) &&
        path.endsWith(after) &&
        !path.slice(before.length, -after.length || undefined).includes("/")
    );
}
