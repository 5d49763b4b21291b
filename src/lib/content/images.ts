import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {markdownReferences} from "./markdown.js";
import type {Step} from "./steps.js";

/** Image types a story may use, with their MIME types (the ones Markdown allows as data URLs). */
export const IMAGE_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif"
};
/** Images are embedded in the page, so each must stay small. */
export const MAX_IMAGE_BYTES = 400_000;

/**
 * Points each `![alt](images/<file>)` of the steps' narrative at the image as a data URL, so the
 * picture travels inside the story page and needs no copy step; missing files are left for the
 * content check to report. Changes the steps' image tokens in place.
 */
export function inlineImages(steps: readonly Step[], folder: string): void {
  for (const step of steps) {
    for (const part of step.narrative) {
      if (part.kind !== "markdown") continue;
      for (const {kind, target, token} of markdownReferences(part.tokens)) {
        const type = IMAGE_TYPES[target.split(".").pop()!.toLowerCase()];
        const path = join(folder, target);
        if (kind === "image" && target.startsWith("images/") && type && existsSync(path)) {
          token.attrSet("src", `data:${type};base64,${readFileSync(path).toString("base64")}`);
        }
      }
    }
  }
}
