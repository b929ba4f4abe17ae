// Lint enforces what review would miss: layer purity (VS Code's import rule), no `any`, no floating promises.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Bare module names are matched exactly (`paths`); folders by glob (`patterns`), where a bare word would also
// match any path segment of that name.
const nodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'crypto', 'child_process', 'url', 'stream', 'util', 'events'];

const restrict = ({ modules = [], patterns = [] }, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: modules.map((name) => ({ name, message })),
      patterns: patterns.length === 0 ? [] : [{ group: patterns, message }],
    },
  ],
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
      {
        modules: [...nodeBuiltins, 'electron', 'react', 'react-dom'],
        patterns: ['node:*', '**/electron/node/**', '**/electron/main/**', '**/electron/preload/**', '../node/**', '../../node/**', '../main/**', '../../main/**'],
      },
      'electron/common is the pure layer: no Node, DOM, Electron or React, and no imports from outer layers.',
    ),
  },
  {
    files: ['electron/node/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    rules: restrict(
      { modules: ['electron'], patterns: ['**/electron/main/**', '../main/**', '../../main/**'] },
      'Only electron/main and electron/preload may import electron: plain-Node code and its tests must load without it.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        {
          modules: [...nodeBuiltins, 'electron'],
          patterns: ['node:*', '**/electron/node/**', '**/electron/main/**', '**/electron/preload/**'],
        },
        'The renderer talks to the app only through window.refunddesk and imports only electron/common.',
      ),
    },
  },
);
