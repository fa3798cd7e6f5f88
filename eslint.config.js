// ESLint, configured once for the whole repository; `npm run lint` runs it with `prettier --check`.
// Formatting is Prettier's job: eslint-config-prettier comes last and turns off every rule it would fight.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig([
  globalIgnores(["dist/", "public/", "node_modules/", "test-results/", "playwright-report/", "bench/results/", ".cache/"]),

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Leaving a property out by destructuring the rest (`{ host: _host, ...rest }`) is how this code omits a field.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },

  // Page code: the DOM and React (the same split as tsconfig.app/worker/node.json).
  { files: ["src/**/*.{ts,tsx}"], ignores: ["src/runtime/**", "src/sw/sw.ts", "src/**/*.test.ts"], languageOptions: { globals: globals.browser } },
  { files: ["src/**/*.{ts,tsx}"], ...reactHooks.configs.flat.recommended },
  { files: ["src/**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  {
    files: ["src/**/*.tsx"],
    rules: {
      // A <pre> that may scroll sideways is a tab stop so the keyboard can scroll it (axe: scrollable-region-focusable).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: ["pre"], roles: ["tabpanel"], allowExpressionValues: true }],
    },
  },

  // The runtime worker (and the bench's stock worker): WebWorker globals, no DOM.
  {
    files: ["src/runtime/**/*.ts", "bench/pages/*-worker.mjs"],
    ignores: ["src/**/*.test.ts", "src/runtime/node-runtime.ts"],
    languageOptions: { globals: globals.worker },
  },

  // The service worker: ServiceWorker globals, no DOM.
  { files: ["src/sw/sw.ts"], languageOptions: { globals: globals.serviceworker } },

  // Node: build config, scripts, benchmarks, Playwright, conformance, and the Vitest suites (they run in Node).
  {
    files: ["*.config.{js,ts}", "scripts/**", "bench/**", "e2e/**", "conformance/**", "src/**/*.test.ts", "src/runtime/node-runtime.ts"],
    ignores: ["bench/pages/*-worker.mjs"],
    languageOptions: { globals: globals.node },
  },
  // The benchmark drives Chromium: the functions it hands to page.evaluate() run in the page.
  { files: ["bench/run.mjs", "bench/first-visit.mjs"], languageOptions: { globals: { ...globals.node, ...globals.browser } } },

  prettier,
]);
