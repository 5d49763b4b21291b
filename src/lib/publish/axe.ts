import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import type {Page} from "playwright-core";

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

export interface AxeOptions {
  /** CSS selectors to check (default: the whole document). */
  include?: string[];
  /** CSS selectors to leave out. */
  exclude?: string[];
  /** axe rule tags to run (default: every rule). */
  tags?: string[];
}

/** WCAG 2.2 A and AA rules. */
export const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let source: string | undefined;

/**
 * axe-core's violations on a rendered page. axe is loaded with page.evaluate, which the page's
 * Content-Security-Policy does not govern (an injected <script> would be blocked), so the page is
 * checked under its real policy.
 */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  source ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  const context = {
    include: options.include?.map((s) => [s]) ?? [["html"]],
    exclude: options.exclude?.map((s) => [s]) ?? []
  };
  const run = {resultTypes: ["violations"], ...(options.tags ? {runOnly: {type: "tag", values: options.tags}} : {})};
  const result = (await page.evaluate(
    ([c, o]) => (window as unknown as {axe: {run: (c: unknown, o: unknown) => Promise<unknown>}}).axe.run(c, o),
    [context, run] as const
  )) as {
    violations: {id: string; impact: string | null; help: string; nodes: {target: string[]}[]}[];
  };
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(" "))
  }));
}
