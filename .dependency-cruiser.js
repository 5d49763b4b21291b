// Import rules, checked by `npm run deps` (dependency-cruiser). docs/architecture.md explains the layers.
//
// src/lib is a stack of layers. A module imports from its own folder and from the layers below its
// own, never from a layer above; folders that share a layer do not import each other. The rules
// name folders, so they hold for folders that do not exist yet.
import {builtinModules} from "node:module";

/** src/lib's layers, lowest first. */
const LAYERS = [
  {name: "util", folders: ["util"], legacy: ["format.ts", "output"]},
  {name: "sources", folders: ["sources"]},
  {name: "inputs", folders: ["inputs"]},
  {name: "model", folders: ["model"]},
  {name: "content", folders: ["content"]},
  {name: "stories-risk", folders: ["stories", "risk"]},
  {name: "wards", folders: ["wards"]},
  {name: "summaries", folders: ["summaries"]},
  {name: "render", folders: ["render"]},
  // Siblings, so check (npm run check) never imports publish (what happens to the built site).
  {name: "datasets-check-publish", folders: ["datasets", "check", "publish"]},
  // The registry of every loader output (what each output is made from) and the loaders' entry points.
  {name: "loader", folders: ["loader"]},
  // The CMS (Decap): its configuration from the content schemas and lookups, its page and formats.
  {name: "cms", folders: ["cms"]}
];
// `legacy` lists today's folders and files that are moving into that layer: the rules apply to them
// now, and the entries can go once the move is done.

/** A regular expression for src/lib's entries: "name.ts" is that file, any other name a folder. */
function lib(entries) {
  const names = entries.map((entry) => (entry.endsWith(".ts") ? `${entry.replace(/\./g, "\\.")}$` : `${entry}/`));
  return `^src/lib/(?:${names.join("|")})`;
}
const entriesOf = (layers) => layers.flatMap((layer) => [...layer.folders, ...(layer.legacy ?? [])]);

const downwardRules = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `layer-${layer.name}`,
  comment: `src/lib/{${layer.folders.join(",")}} imports only from its own layer and the layers below it`,
  severity: "error",
  from: {path: lib(entriesOf([layer]))},
  to: {path: lib(entriesOf(LAYERS.slice(index + 1)))}
}));

// $1 is the folder the import is in: an import to any other folder of the same layer breaks the rule.
const siblingRules = LAYERS.filter((layer) => layer.folders.length > 1).map((layer) => ({
  name: `siblings-${layer.name}`,
  comment: `src/lib/{${layer.folders.join(",")}} share a layer and do not import each other`,
  severity: "error",
  from: {path: `^src/lib/(${layer.folders.join("|")})/`},
  to: {path: lib(layer.folders), pathNot: "^src/lib/$1/"}
}));

/** Node's modules, named as dependency-cruiser names them (without "node:"). */
export const NODE_BUILTINS = `^(?:node:)?(?:${builtinModules.join("|")})$`;

/** Browser code: the components, and the pages' imports (stubs written by scripts/deps.ts). */
export const BROWSER = "^(?:src/components/|\\.build/page-imports/)";

/**
 * What browser code may import from src/lib, besides types from content: pure modules of the lower
 * layers (the second pass, .dependency-cruiser.runtime.js, proves none of them reaches node).
 */
const BROWSER_SAFE = lib([...entriesOf([LAYERS[0]]), "summaries", "stories", "risk", "wards"]);

export default {
  forbidden: [
    {
      name: "no-circular",
      comment: "Modules that import each other, directly or through others: move the shared part down a layer",
      severity: "error",
      from: {},
      to: {circular: true}
    },
    {
      name: "not-to-test",
      comment:
        "Only tests (and vitest's configuration, which names their sequencer) import from test/: " +
        "move what src/ or scripts/ needs from there into src/lib",
      severity: "error",
      from: {pathNot: "^(test/|vitest\\.config\\.ts$)"},
      to: {path: "^test/"}
    },
    ...downwardRules,
    ...siblingRules,
    {
      name: "lib-in-a-layer",
      comment: "Every module in src/lib belongs to a layer: put it in one of LAYERS' folders",
      severity: "error",
      from: {},
      to: {path: "^src/lib/", pathNot: lib(entriesOf(LAYERS))}
    },
    {
      name: "lib-not-to-callers",
      comment: "src/lib is below its callers: data loaders, page loaders, components, scripts, root configs",
      severity: "error",
      from: {path: "^src/lib/(?!render/)"},
      to: {path: "^(?:src/(?!lib/)|scripts/|[^/:]+\\.[cm]?[jt]s$)"}
    },
    {
      name: "render-draws-with-components",
      comment:
        "src/lib/render draws figures at build time with the same components the browser uses " +
        "(src/components, given a server-side document); it is below every other caller",
      severity: "error",
      from: {path: "^src/lib/render/"},
      to: {path: "^(?:src/(?!lib/|components/)|scripts/|[^/:]+\\.[cm]?[jt]s$)"}
    },
    {
      name: "browser-imports-from-lib",
      comment:
        "Components and pages import only pure modules from src/lib: " +
        "util, summaries, stories, risk, wards (types from content)",
      severity: "error",
      from: {path: BROWSER},
      to: {path: "^src/lib/", pathNot: `${BROWSER_SAFE}|${lib(["content"])}`}
    },
    {
      name: "browser-content-types-only",
      comment: "Components and pages import only types from src/lib/content, whose code reads files with node",
      severity: "error",
      from: {path: BROWSER},
      to: {path: lib(["content"]), dependencyTypesNot: ["type-only"]}
    },
    {
      name: "no-unused-lib-module",
      comment: "No page, loader, page loader, component, script or config uses this module: use it or delete it",
      severity: "error",
      from: {path: "^(?:src/(?!lib/)|\\.build/page-imports/|scripts/|[^/]+\\.ts$)"},
      to: {path: "^src/lib/", pathNot: "\\.d\\.ts$", reachable: false}
    },
    {
      name: "no-orphans",
      comment: "Nothing imports this module and it imports nothing: use it or delete it",
      severity: "error",
      from: {orphan: true, pathNot: ["\\.d\\.ts$", "^[^/]+\\.config\\.[cm]?[jt]s$", "^\\.build/page-imports/"]},
      to: {}
    },
    {
      name: "not-to-unresolvable",
      comment: "This import resolves to no file: fix the path (imports end in .js, as in the rest of the code)",
      severity: "error",
      from: {},
      to: {couldNotResolve: true}
    },
    {
      name: "no-non-package-json",
      comment: "Import only packages listed in package.json, not ones that happen to be installed for another",
      severity: "error",
      from: {},
      to: {dependencyTypes: ["npm-no-pkg", "npm-unknown"]}
    }
  ],
  options: {
    doNotFollow: {path: "node_modules"},
    exclude: {path: "^(?:src/\\.observablehq/|dist/|\\.build/(?!page-imports/)|node_modules/)"},
    // See `import type` too: a cycle or an upward import through types still ties the layers together.
    tsPreCompilationDeps: true,
    tsConfig: {fileName: "tsconfig.json"},
    // Resolve packages through their "exports" as node and TypeScript do.
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"]
    },
    skipAnalysisNotInRules: true
  }
};
