import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every feature folder gets its own zone: it may import itself and shared code, never another
// feature. A screen that needs two features is composed in app/ (as in bulletproof-react).
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const SHARED = ['./src/components', './src/hooks', './src/lib', './src/utils', './src/i18n', './src/testing'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/lib/api-types.ts', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['*.{js,mjs}', 'scripts/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The client's typed answers are read with `!` where a query is enabled only once the value exists.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'import/no-cycle': 'error',
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features do not import each other: move what both need to components/, lib/, hooks/ or utils/, or compose them in app/.',
            })),
            {
              target: './src/features',
              from: './src/app',
              message: 'Imports flow one way: shared → features → app.',
            },
            {
              target: SHARED,
              from: ['./src/features', './src/app'],
              message: 'Shared code does not depend on features or on the app.',
            },
          ],
        },
      ],
    },
  },
);
