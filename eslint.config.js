// ESLint flat config: typescript-eslint on every source file, Prettier owns formatting,
// and the layering (model <- contract <- io/engine <- server <- ui) is enforced with restricted imports.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";
import { createNodeResolver, importX } from "eslint-plugin-import-x";

const layer = (from, forbidden) => ({
  files: [`src/${from}/**/*.ts`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: forbidden.map((f) => ({
          group: [`**/${f}/**`, `../${f}/*`, `../../${f}/*`],
          message: `src/${from} must not depend on ${f === "tools" ? "" : "src/"}${f} (layers: model <- contract <- engine <- server <- ui; tools/ sits outside the product).`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      "dist",
      "coverage",
      ".lagebild",
      ".scratch",
      "artifacts",
      "vendor",
      "tools/neo4j-server/target",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: "Render data as text (textContent), never as HTML.",
        },
        {
          selector: "AssignmentExpression[left.property.name='outerHTML']",
          message: "Render data as text (textContent), never as HTML.",
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: "Render data as text (textContent), never as HTML.",
        },
      ],
    },
  },
  // contract/ is the wire contract shared by server and UI; the UI reads only it and the pure model.
  // tools/ (the TCK runner) may use the product; the product never reaches into tools/.
  layer("model", ["contract", "io", "engine", "server", "ui", "cli", "tools"]),
  layer("contract", ["io", "engine", "server", "ui", "cli", "tools"]),
  layer("engine", ["server", "ui", "cli", "tools"]),
  layer("server", ["ui", "cli", "tools"]),
  layer("ui", ["io", "engine", "server", "cli", "tools"]),
  layer("cli", ["tools"]),
  {
    // No module may reach itself through its imports: the layers stay a tree, not a tangle.
    files: ["src/**/*.ts", "tools/**/*.ts", "scripts/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".js"] })],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  prettier,
);
