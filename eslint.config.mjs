// ESLint (flat config): Next's core-web-vitals and TypeScript sets, jsx-a11y's recommended rules, and a
// rule that keeps runtime import cycles out of the application code. Decision 053 says why each choice.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Next's config already registers the jsx-a11y plugin (with five rules); this adds the rest of its recommended set.
    files: ["**/*.{jsx,tsx}"],
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrolling table sits in a labelled role="region" with tabIndex={0} so keyboard users can scroll it
      // (WCAG 2.1.1; axe's scrollable-region-focusable): allowed next to the rule's default, tabpanel.
      "jsx-a11y/no-noninteractive-tabindex": [
        "error",
        { tags: [], roles: ["tabpanel", "region"], allowExpressionValues: true },
      ],
    },
  },
  {
    rules: {
      // A leading underscore marks a deliberately unused name (a required parameter, a value left out of a rest copy).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
    },
  },
  {
    // Runtime import cycles in the application code (type-only imports do not count: they vanish at build).
    // Scoped to app/, components/ and lib/ so the whole-graph walk stays off tests and scripts, and it never
    // parses packages (import/ignore): a package cannot import our code, so it cannot close a cycle.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    settings: { "import/ignore": ["node_modules"] },
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // Tests: test helpers named use…() (useDatabaseForTests) are not React hooks, and the matrix/robustness
    // tables hold entries of many input types (Entry<any>).
    files: ["tests/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // CommonJS on purpose (a --require preload hook for the benchmarks and its summary script).
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "next-env.d.ts",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "tmp/**",
  ]),
]);
