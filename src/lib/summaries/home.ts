import {countWord} from "../format.js";

/** "The map shows the seven boroughs and the four story areas: Heath Town (Wolverhampton), …" */
export function storyMapSentence(stories: readonly {title: string; borough: string}[]): string {
  if (stories.length === 0) return "The map shows the seven boroughs; no story area has been defined yet.";
  const names = stories.map((s) => `${s.title} (${s.borough})`);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
  const areas = `${countWord(stories.length)} story area${stories.length === 1 ? "" : "s"}`;
  return `The map shows the seven boroughs and the ${areas}: ${list}.`;
}
