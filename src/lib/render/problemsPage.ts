// The page the dev server shows instead of one its loader could not make: the problems in the
// editor's files, each at its file and line, in plain words. Never used by a build, which stops.
import type {Problem} from "../content/problems.js";
import {html} from "./html.js";

type PageProblem = Pick<Problem, "file" | "line" | "problem" | "fix">;

/** Where a problem is: "content/stories/x/story.yaml, line 4". */
const where = ({file, line}: PageProblem) => (line ? `${file}, line ${line}` : file);

/**
 * The Markdown of a preview page listing the problems that stop `page` from being made. `problems`
 * is empty when the cause is not in the editors' files: the page then says the terminal has the detail.
 */
export function problemsPageMarkdown(page: string, problems: readonly PageProblem[]): string {
  const count = problems.length === 1 ? "one problem" : `${problems.length} problems`;
  const body = problems.length
    ? html`<p>The preview cannot show this page until ${count} in the story's files ${
        problems.length === 1 ? "is" : "are"
      } fixed. Save the file and this page reloads.</p>
<ol class="preview-problems">${problems.map(
        (p) => html`<li><p><strong>${where(p)}</strong>: ${p.problem}.</p><p>To fix it: ${p.fix}.</p></li>`
      )}</ol>`
    : html`<p>The preview could not make this page, and the cause is not in the story's files. The terminal
running the preview has the details; please pass them to a developer.</p>`;
  return `---
title: ${JSON.stringify(`Problems to fix: ${page}`)}
toc: false
---

# This page has problems to fix

${body}

${html`<p>The same list, for every story at once: <code>npm run check</code>. A build stops on these problems, so
nothing with them is published.</p>`}
`;
}
