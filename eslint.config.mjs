// Layer rules are enforced here, not in review: shared/ is pure, renderer/ has no Node,
// and only main/ipc and preload touch Electron's raw IPC.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'zlib', 'worker_threads', 'http', 'https', 'net'];
const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.bench-cache/', 'release/', 'out/', 'test-results/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(nodeBuiltins, 'shared/ is pure TypeScript: no Node APIs.'),
            pattern(['electron', 'electron/*'], 'shared/ cannot import Electron.'),
            pattern(['react', 'react-dom', 'react-dom/*', 'slate-react'], 'shared/ cannot import React or Slate-React.'),
            pattern(['better-sqlite3'], 'shared/ cannot import SQLite.'),
            pattern(['pdf-lib', '@cantoo/pdf-lib', 'fontkit'], 'shared/ cannot import pdf-lib or fontkit: fonts reach it through Measurer.'),
            pattern(['**/main/**', '**/renderer/**', '**/preload/**'], 'shared/ imports no other layer.'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(nodeBuiltins, 'The renderer runs sandboxed: no Node APIs.'),
            pattern(['electron', 'electron/*', 'better-sqlite3', 'pdf-lib', 'fontkit'], 'The renderer reaches the disk only through window.banmian.'),
            pattern(['**/main/**', '**/preload/**'], 'The renderer imports only shared/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [pattern(['**/renderer/**', '**/preload/**'], 'main/ imports only shared/.')] },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'shell', property: 'openExternal', message: 'Never open external URLs from untrusted input.' },
      ],
    },
  },
  {
    files: ['main/**/*.ts', 'renderer/**/*.tsx', 'renderer/**/*.ts'],
    ignores: ['main/ipc/bind-electron.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'Only main/ipc/bind-electron.ts touches ipcMain.' },
        { selector: "ImportSpecifier[imported.name='ipcRenderer']", message: 'Only preload touches ipcRenderer.' },
      ],
    },
  },
  {
    files: ['**/*.config.{ts,mts,mjs,js}', 'scripts/**', 'bin/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['bin/**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
