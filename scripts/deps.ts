// npm run deps: checks the import rules of .dependency-cruiser.js and .dependency-cruiser.runtime.js.
// dependency-cruiser reads no Markdown, yet pages import components and src/lib in their code
// blocks. So this first writes one stub module per page, holding the page's imports
// (.build/page-imports/src/<page>.md.ts), and the rules treat the stubs as browser code that
// nothing imports. Extra arguments go to depcruise: npm run deps -- --output-type dot
import {spawnSync} from "node:child_process";
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import MarkdownIt from "markdown-it";
import ts from "typescript";

const CODE_BLOCK = /^(?:js|jsx|ts|tsx)(?:\s|$)/;

/** The import specifiers of a page's code blocks (Framework runs ```js blocks; imports live there). */
export function pageImports(markdown: string): string[] {
  const blocks = new MarkdownIt({html: true}).parse(markdown, {}).filter((t) => t.type === "fence");
  return blocks
    .filter((block) => CODE_BLOCK.test(block.info))
    .flatMap((block) => ts.preProcessFile(block.content, true, true).importedFiles.map((file) => file.fileName));
}

/**
 * A stub module at `stub` that imports what the page at `page` imports. Relative and root-relative
 * ("/components/…", from `srcRoot`) paths are rewritten to reach the same files; package names and
 * anything else (such as a CDN `npm:` import) stay as written, so the rules see them too.
 */
export function stubModule(specifiers: string[], page: string, stub: string, srcRoot: string): string {
  const lines = specifiers.map((specifier) => {
    const file = specifier.startsWith(".")
      ? resolve(dirname(page), specifier)
      : specifier.startsWith("/")
        ? join(srcRoot, specifier)
        : null;
    if (!file) return `import "${specifier}";\n`;
    const path = relative(dirname(stub), file);
    return `import "${path.startsWith(".") ? path : `./${path}`}";\n`;
  });
  return `// Written by scripts/deps.ts: the imports of ${relative(dirname(srcRoot), page)}\n${lines.join("")}`;
}

/** The pages under src/ (Framework's cache aside), as paths relative to `root`. */
function pages(root: string): string[] {
  return readdirSync(join(root, "src"), {recursive: true, encoding: "utf8"})
    .filter((path) => path.endsWith(".md") && !path.startsWith(".observablehq"))
    .map((path) => join("src", path))
    .sort();
}

export const PAGE_IMPORTS = join(".build", "page-imports");

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, "..");
  rmSync(join(root, PAGE_IMPORTS), {recursive: true, force: true});
  for (const page of pages(root)) {
    const stub = join(root, PAGE_IMPORTS, `${page}.ts`);
    mkdirSync(dirname(stub), {recursive: true});
    const specifiers = pageImports(readFileSync(join(root, page), "utf8"));
    writeFileSync(stub, stubModule(specifiers, join(root, page), stub, join(root, "src")));
  }
  const configs = ["observablehq.config.ts", "vitest.config.ts", "eslint.config.js"];
  const roots = ["src", "scripts", "test", PAGE_IMPORTS, ...configs];
  const depcruise = (...args: string[]) =>
    spawnSync(join(root, "node_modules", ".bin", "depcruise"), args, {cwd: root, stdio: "inherit"});
  // Layers, cycles and the rest see type imports; what browser code reaches is followed as it runs.
  const checks = [
    depcruise(...roots, ...process.argv.slice(2)),
    depcruise("src/components", PAGE_IMPORTS, "--config", ".dependency-cruiser.runtime.js")
  ];
  process.exit(checks.every((check) => check.status === 0) ? 0 : 1);
}
