// The one script of an embed page that the build derives from a built page (embedPages.ts): it runs
// the page's enhancements (sortable tables, tooltips, zoom), as Framework's page module does on other
// pages, without loading Framework's runtime, which a figure alone does not need.

/** The module of the enhancements, as Framework writes its address into a built page. */
export const ENHANCE_MODULE = /(?:^|\/)_import\/components\/enhance\.[\w-]+\.js$/;

/** The script's code, importing the module at `url` (relative to the embed page). */
export const embedScript = (url: string) => `\nimport {enhancePage} from "${url}";\nenhancePage();\n`;

/** Whether an inline script's code is an embed page's script. */
export function isEmbedScript(code: string): boolean {
  const url = /^\nimport \{enhancePage\} from "([^"]+)";\nenhancePage\(\);\n$/.exec(code)?.[1];
  return url !== undefined && ENHANCE_MODULE.test(url) && !url.includes("//");
}
