// Lint: typescript-eslint's recommended rules, Prettier owns formatting (eslint-config-prettier turns style rules off).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/**
 * Import boundaries. Infrastructure folders may import each other and the
 * request context type, never a domain module (any other folder of src/) nor
 * the module list: modules hand them what they need (src/registry.ts).
 */
const INFRASTRUCTURE = ['config', 'common', 'db', 'geo', 'write', 'auth', 'cache', 'http'];
const infrastructureOnly = {
  // Allowed outside the folder: the other infrastructure folders, src/context.ts (the request context type)
  // and ormconfig.ts (the one DataSource). Anything else — a domain module, src/modules.ts, seeds/ — fails.
  regex: `^\\.\\./(?!(${INFRASTRUCTURE.join('|')})/|context$|\\.\\./ormconfig$)`,
  message:
    'An infrastructure folder (src/common, db, geo, write, auth, cache, http) imports no domain module, the module list or seeds: take what you need as an argument (see src/registry.ts).',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      'coverage/**',
      'src/web/dist/**',
      // Written by `npm run codegen`, compared byte for byte by tests/codegen.test.ts: not ours to lint.
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
    rules: { 'no-restricted-imports': ['error', { patterns: [infrastructureOnly] }] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: INFRASTRUCTURE.map((folder) => `src/${folder}/**/*.ts`),
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
    files: ['src/**/*.ts', 'seeds/**/*.ts', 'ormconfig.ts'],
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
    languageOptions: { sourceType: 'module', globals: { process: 'readonly' } },
  },
);
