// eslint: JavaScript's and typescript-eslint's recommended rules, and no line over 120 characters.
// Layout is prettier's job (npm run format); import directions are dependency-cruiser's (npm run deps).
import js from "@eslint/js";
import stylistic from "@stylistic/eslint-plugin";
import {defineConfig, globalIgnores} from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig([
  // Built output and Framework's cache are not ours to lint.
  globalIgnores(["dist/", "dist.*/", ".build/", "coverage/", "src/.observablehq/"]),
  {
    files: ["**/*.{ts,js}"],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: {"@stylistic": stylistic},
    linterOptions: {reportUnusedDisableDirectives: "error"},
    rules: {
      // As tsc's noUnusedLocals, plus the code's two ways of saying "unused on purpose": a leading
      // underscore (a parameter kept for a shared signature) and dropping keys with {key, ...rest}.
      "@typescript-eslint/no-unused-vars": ["error", {argsIgnorePattern: "^_", ignoreRestSiblings: true}],
      // Strict on purpose: strings, template literals, URLs, regexes and comments count too. Prettier
      // does not break strings, so wrap long ones by hand (concatenate, or join an array of parts).
      "@stylistic/max-len": [
        "error",
        {
          code: 120,
          tabWidth: 2,
          ignoreUrls: false,
          ignoreStrings: false,
          ignoreTemplateLiterals: false,
          ignoreRegExpLiterals: false,
          ignoreComments: false
        }
      ]
    }
  }
]);
