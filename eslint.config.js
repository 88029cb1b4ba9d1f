// Lint configuration. Besides style, it enforces the layer directions of DESIGN.md: each
// folder under src/ may import only from the layers above it.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

const browserOnly = ['svelte', 'svelte/*', 'blockly', 'blockly/*', 'dexie', 'web-serial-polyfill'];

/** no-restricted-imports patterns for a layer: forbidden packages and forbidden sibling layers. */
function layer(forbiddenPackages, forbiddenLayers) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbiddenPackages.map((p) => ({
            group: [p],
            message: 'This layer may not import this package (see DESIGN.md, layers).',
          })),
          ...forbiddenLayers.map((l) => ({
            group: [`**/${l}/*`, `**/${l}`, `$${l}/*`],
            message: `This layer may not import from src/${l} (see DESIGN.md, layers).`,
          })),
        ],
      },
    ],
  };
}

const browserGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'HTMLElement',
].map((name) => ({ name, message: 'src/core runs in Node: no browser globals.' }));

export default ts.config(
  {
    ignores: [
      'dist/',
      'dist-floor/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'public/',
      'firmware/build/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    files: ['src/core/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      ...layer(
        [...browserOnly, 'node:*', 'fs', 'path'],
        ['robots', 'devices', 'storage', 'blocks', 'ui', 'app'],
      ),
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['src/robots/**'],
    rules: layer(browserOnly, ['devices', 'storage', 'blocks', 'ui', 'app']),
  },
  {
    files: ['src/devices/**'],
    rules: layer(
      ['svelte', 'svelte/*', 'blockly', 'blockly/*', 'dexie'],
      ['storage', 'blocks', 'ui', 'app'],
    ),
  },
  {
    files: ['src/storage/**'],
    rules: layer(
      ['svelte', 'svelte/*', 'blockly', 'blockly/*', 'web-serial-polyfill'],
      ['robots', 'devices', 'blocks', 'ui', 'app'],
    ),
  },
  {
    files: ['src/blocks/**'],
    rules: layer(
      ['svelte', 'svelte/*', 'dexie', 'web-serial-polyfill'],
      ['robots', 'devices', 'storage', 'ui', 'app'],
    ),
  },
  { files: ['src/ui/**'], rules: layer([], ['app']) },
);
