// The import rule that follows imports as they run, with TypeScript's `import type` erased (the rules
// in .dependency-cruiser.js see type imports too). npm run deps checks both files.
import config, {BROWSER, NODE_BUILTINS} from "./.dependency-cruiser.js";

export default {
  forbidden: [
    {
      name: "browser-not-to-node",
      comment: "Components and pages must not reach node's modules (node:fs, node:path…), even through src/lib",
      severity: "error",
      from: {path: BROWSER},
      to: {path: NODE_BUILTINS, reachable: true}
    }
  ],
  options: {...config.options, tsPreCompilationDeps: false}
};
