// The embed pages' outputs: which figures have one, and each page drawn from the figure's own code.
import {lsoaChanges} from "../model/unchanged.js";
import {deprivationFigure, type DeprivationData} from "../render/deprivation.js";
import {embedPageMarkdown} from "../render/embed.js";
import {
  DEPRIVATION_FIGURES,
  DEPRIVATION_PAGE,
  embedNames,
  embedSource,
  STORY_FIGURE_NAMES,
  type DeprivationFigure
} from "../render/embedNames.js";
import {storyFigureContext, type StoryFigureContext} from "../render/storyFigureContext.js";
import {storyFigure} from "../render/storyPage.js";
import {storySourceFiles} from "../stories/assemble.js";
import type {Shared} from "./shared.js";

/** What the deprivation page and its embed pages are drawn from. */
export function deprivationData({model, provenance}: Shared): DeprivationData {
  const changeOf = lsoaChanges(model.lsoa11To21, model.iod2019);
  return {
    topology: model.topology,
    lsoas: model.lsoas,
    decile2019: (code) => changeOf(code).iod2019?.decile ?? null,
    provenance
  };
}

/** Every figure with an embed page: each story's, and the deprivation page's. */
export const embedPageNames = ({storyInputs}: Shared): string[] => embedNames(storyInputs.stories.map((s) => s.slug));

// A story's figures share one context (its topology, its provenance), made once per process.
const contexts = new WeakMap<Shared, Map<string, StoryFigureContext>>();

function storyContext(shared: Shared, slug: string): StoryFigureContext {
  let bySlug = contexts.get(shared);
  if (!bySlug) contexts.set(shared, (bySlug = new Map()));
  let ctx = bySlug.get(slug);
  if (!ctx) bySlug.set(slug, (ctx = storyFigureContext(shared.story(slug), storySourceFiles(shared.sources))));
  return ctx;
}

/** The embed page of one figure, by its name (embedName). */
export function embedMarkdown(shared: Shared, name: string): string {
  const {page, figure} = embedSource(name);
  if (page === DEPRIVATION_PAGE) {
    if (!(DEPRIVATION_FIGURES as readonly string[]).includes(figure))
      throw new Error(`no deprivation figure ${figure}`);
    const back = {href: page, text: "the deprivation map"};
    return embedPageMarkdown({figure: deprivationFigure(deprivationData(shared), figure as DeprivationFigure), back});
  }
  const slug = /^stories\/([^/]+)$/.exec(page)?.[1];
  if (!slug) throw new Error(`${name}: no page ${page} has embeddable figures`);
  const ctx = storyContext(shared, slug);
  const state = STORY_FIGURE_NAMES.find((f) => f.name === figure)?.state;
  const back = {href: `${page}#step-${state}-title`, text: `the story “${ctx.data.story.title}”`};
  return embedPageMarkdown({figure: storyFigure(ctx, figure), back});
}
