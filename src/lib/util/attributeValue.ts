const ENTITIES: Record<string, string> = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"};

/**
 * A value for a double-quoted HTML attribute, with &, <, > and " escaped: an "&copy;" in it then
 * reads as typed, and no "</noscript>" in it can end an element. Neither DOM can be left to do it:
 * the build's (linkedom) escapes only ", and browsers differ on < and >. toHtml (render/html.ts)
 * escapes every attribute the build's DOM writes with it, and the embed snippet (embedCode.ts),
 * made in either DOM, is written with it.
 */
export function escapeAttributeValue(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ENTITIES[c]);
}
