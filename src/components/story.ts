import {h} from "./dom.js";
export function mountStory(root: HTMLElement, story: any, provenance: any) {
  root.prepend(h("p", {}, `Loaded ${story.title}`));
}
