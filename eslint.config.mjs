// Lint: typescript-eslint's recommended rules, Prettier owns formatting (eslint-config-prettier turns style rules off).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/**
 * Import boundaries, bottom to top: infrastructure folders, domain modules, the application
 * (src/app: the module list, the registry, the schema, the server, the DataSource). Infrastructure
 * imports no domain module and nothing of src/app; a module imports nothing of src/app. What a lower
 * folder needs from above it gets as an argument (src/app/registry.ts). No exceptions.
 * `npm run lint` also fails on any file-level import cycle (scripts/import-cycles.mjs).
 */
const INFRASTRUCTURE = [
  'config',
  'common',
  'db',
  'geo',
  'write',
  'auth',
  'cache',
  'http',
  'web',
  'import',
  'placement',
];
const infrastructureOnly = {
  // Allowed outside the folder: the other infrastructure folders. Anything else — a domain module, src/app, seeds/ — fails.
  regex: `^\\.\\./(?!(${INFRASTRUCTURE.join('|')})/)`,
  message:
    'An infrastructure folder (src/common, db, geo, write, auth, cache, http, web, import, placement) imports no domain module, nothing of src/app and no seeds: take what you need as an argument (see src/app/registry.ts).',
};
const noApplication = {
  group: ['**/app/*', '**/app'],
  message:
    'Only src/app (and the entry src/index.ts) sees the application layer: a module gets what it needs as an argument.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      'coverage/**',
      'src/web/dist/**',
      // Written by `npm run codegen`, compared byte for byte by tests/graphql/codegen.test.ts: not ours to lint.
      'tests/graphql/generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // GraphQL results and PostgreSQL rows are untyped at the edges; `any` there is deliberate and reviewed.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: INFRASTRUCTURE.map((folder) => `src/${folder}/**/*.ts`),
    ignores: ['src/web/client/**'], // browser code, bundled on its own (imports only its own folder)
    rules: { 'no-restricted-imports': ['error', { patterns: [infrastructureOnly] }] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: [...INFRASTRUCTURE.map((folder) => `src/${folder}/**/*.ts`), 'src/app/**/*.ts', 'src/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/seeds/*', '**/seeds'], message: 'src/ never imports demo-seed code (seeds/ imports src/).' },
            noApplication,
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/seeds/*', '**/seeds'], message: 'src/ never imports demo-seed code (seeds/ imports src/).' },
          ],
        },
      ],
    },
  },
  {
    // Configuration in one place: src/config reads the environment once and checks it (src/config/settings.ts).
    files: ['src/**/*.ts', 'seeds/**/*.ts'],
    ignores: ['src/config/**/*.ts', 'src/common/logger.ts', 'src/common/cli-stdout.ts', 'seeds/prepare-demo.cli.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message:
            'Read settings through config() of src/config/config.ts (declared in src/config/settings.ts), never process.env.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', process: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { process: 'readonly', console: 'readonly' } },
  },
);
