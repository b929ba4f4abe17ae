// Lint enforces what review would miss: layer purity (VS Code's import rule), no `any`, no floating promises.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'url', 'stream', 'util', 'events'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'dist/**', 'node_modules/**', 'test-results/**', 'scripts/**/*.mjs', '.ci/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    files: ['electron/common/**/*.ts'],
    rules: restrict(
      [...nodeBuiltins, 'electron', 'react', 'react-dom', '**/electron/node/**', '**/electron/main/**', '../node/*', '../main/*', '../../node/*', '../../main/*'],
      'electron/common is the pure layer: no Node, DOM, Electron or React, and no imports from outer layers.',
    ),
  },
  {
    files: ['electron/node/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    rules: restrict(
      ['electron', '**/electron/main/**', '../main/*', '../../main/*'],
      'Only electron/main and electron/preload may import electron: plain-Node code and its tests must load without it.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...nodeBuiltins, 'electron', '**/electron/node/**', '**/electron/main/**', '**/electron/preload/**'],
        'The renderer talks to the app only through window.refunddesk and imports only electron/common.',
      ),
    },
  },
);
