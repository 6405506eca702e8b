// Layer rules are enforced here, not in review: shared/ is pure, renderer/ has no Node,
// and only main/ipc and preload touch Electron's raw IPC.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'zlib', 'worker_threads', 'http', 'https', 'net'];
const pattern = (group, message) => ({ group, message });
const mainImportsOnlyShared = pattern(['**/renderer/**', '**/preload/**'], 'main/ imports only shared/.');
const namedExports = { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' };
const rawIpc = [
  { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'Only main/ipc/bind-electron.ts touches ipcMain.' },
  { selector: "ImportSpecifier[imported.name='ipcRenderer']", message: 'Only preload touches ipcRenderer.' },
];
// sharp (native libvips) is loaded in one file, which owns every image pipeline.
const SHARP_OWNER = 'main/photos/sharp-pipelines.ts';
const sharpMessage = `Only ${SHARP_OWNER} loads sharp: ask it for the image operation.`;
const sharpLoads = [
  { selector: "ImportExpression[source.value='sharp']", message: sharpMessage },
  { selector: "TSImportType[argument.literal.value='sharp']", message: sharpMessage },
];

// The renderer's own layers: app/ (shell and routing) may import everything; the features
// (library, editor, page-desk) import only the shelf (ui/), i18n/, the IPC client (ipc/) and
// shared/ — never each other; the shelf imports no feature.
const rendererPatterns = [
  pattern(nodeBuiltins, 'The renderer runs sandboxed: no Node APIs.'),
  pattern(['electron', 'electron/*', 'better-sqlite3', 'pdf-lib', 'fontkit'], 'The renderer reaches the disk only through window.banmian.'),
  pattern(['**/main/**', '**/preload/**'], 'The renderer imports only shared/.'),
];
const FEATURES = ['library', 'editor', 'page-desk'];
const rendererLayer = (folder, others, message) => ({
  files: [`renderer/src/${folder}/**/*.ts`, `renderer/src/${folder}/**/*.tsx`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [...rendererPatterns, pattern(others.map((other) => `**/${other}/**`), message)] },
    ],
  },
});
const featureMessage = 'A feature imports only ui/, i18n/, ipc/ and shared/: move what two features share to renderer/src/ui/, or let app/ wire them.';

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
        namedExports,
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
      'no-restricted-imports': ['error', { patterns: rendererPatterns }],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    // The plugin's recommended rules, as errors, but four. Left off, because the renderer is not
    // compiled by the React Compiler and these flag patterns it uses on purpose:
    // - refs (19 findings): the latest-value ref (`ref.current = value` during render) keeps
    //   callbacks handed to Slate, the canvas and the stores stable while they read today's
    //   values; moving the writes into effects would let an event see the previous render's value.
    // - set-state-in-effect (10): state reset when its input changes (a new story loads, the proof
    //   layer is hidden, a crop's photo is gone) and loads started by an effect; rewriting them as
    //   keyed remounts or render-time adjustments changes when children mount and what they keep.
    // - immutability (3): the Slate editor's `suggesting` flag set during render, the canvas's
    //   imperative api written into its ref, the story table scrolling its own scroller.
    // - preserve-manual-memoization (1): a compiler notice (it would skip use-row-window.ts), no
    //   error in code React runs as written.
    rules: {
      ...Object.fromEntries(Object.keys(reactHooks.configs['recommended-latest'].rules).map((rule) => [rule, 'error'])),
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/immutability': 'off',
      'react-hooks/preserve-manual-memoization': 'off',
    },
  },
  ...FEATURES.map((feature) => rendererLayer(feature, ['app', ...FEATURES.filter((other) => other !== feature)], featureMessage)),
  ...['ui', 'ipc'].map((shelf) => rendererLayer(shelf, ['app', ...FEATURES], `renderer/src/${shelf}/ is the shelf: it imports no feature and not app/.`)),
  {
    // The catalogue names the types of its parameters (a page's save state, a template key):
    // type imports only, so no feature's code runs in it.
    files: ['renderer/src/i18n/**/*.ts', 'renderer/src/i18n/**/*.tsx'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererPatterns,
            { group: ['**/app/**', ...FEATURES.map((feature) => `**/${feature}/**`)], message: 'i18n/ imports only types from the features.', allowTypeImports: true },
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
        { patterns: [mainImportsOnlyShared, pattern(['sharp'], sharpMessage)] },
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
      'no-restricted-syntax': ['error', namedExports, ...rawIpc],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/ipc/bind-electron.ts', SHARP_OWNER],
    rules: { 'no-restricted-syntax': ['error', namedExports, ...rawIpc, ...sharpLoads] },
  },
  {
    files: [SHARP_OWNER],
    rules: { 'no-restricted-imports': ['error', { patterns: [mainImportsOnlyShared] }] },
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
