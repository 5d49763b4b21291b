import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";

/** Image types a story may use, with their MIME types (the ones Markdown allows as data URLs). */
export const IMAGE_TYPES: Record<string, string> = {jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", webp: "image/webp", gif: "image/gif"};
/** Images are embedded in the page, so each must stay small. */
export const MAX_IMAGE_BYTES = 400_000;

const IMAGE_REF = /(!\[[^\]]*\]\(\s*)(images\/[^)\s]+)/g;

/**
 * Replaces `![alt](images/<file>)` with the image as a data URL, so the picture travels inside the
 * story page and needs no copy step; missing files are left for the content check to report.
 */
export function inlineImages(markdown: string, folder: string): string {
  return markdown.replace(IMAGE_REF, (whole, start: string, target: string) => {
    const type = IMAGE_TYPES[target.split(".").pop()!.toLowerCase()];
    const path = join(folder, target);
    return type && existsSync(path) ? `${start}data:${type};base64,${readFileSync(path).toString("base64")}` : whole;
  });
}
