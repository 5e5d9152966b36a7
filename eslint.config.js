import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

// Which folders may reach which: the vault, the QR decoder and the OTP code stay on the
// background's side; pages and the page helper speak to it only through lib/messaging.
const restrict = (message, regex, allowTypeImports = false) => [
  'error',
  { patterns: [{ regex, message, allowTypeImports }] },
];
/** Any lib/ module but these (folders, or exact files). */
const libExcept = (...allowed) => `^@/lib/(?!(${allowed.join('|')})(/|$))`;

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'demo-output/**',
      'tests/fixtures/server/static/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, chrome: 'readonly' } },
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'No innerHTML: Preact and textContent escape text (docs/threat-model.md).',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML (docs/threat-model.md).',
        },
      ],
      'no-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['components/**', 'entrypoints/popup/**', 'entrypoints/options/**', 'entrypoints/welcome/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        'Pages and components ask the background through lib/messaging; they never reach the vault, QR, OTP or handler code.',
        libExcept(
          'messaging',
          'i18n',
          'portals',
          'faces',
          'popup',
          'sites/binding',
          'sites/match-patterns',
          'sent-codes/sources',
        ),
      ),
    },
  },
  {
    files: ['lib/page/**', 'lib/detect/**', 'entrypoints/portal.content/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        'The page helper runs in web pages: only detection, lib/messaging and its own files (no vault, QR or OTP code).',
        `${libExcept('messaging', 'i18n', 'detect', 'page', 'portals/hosts')}|^@/components/`,
      ),
    },
  },
  {
    files: ['lib/messaging/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        'The protocol imports no handler code: only types from other folders.',
        libExcept('messaging', 'i18n'),
        true,
      ),
    },
  },
  {
    files: ['lib/**'],
    ignores: ['lib/page/**', 'lib/detect/**', 'lib/messaging/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        'lib/ never reaches into pages or components.',
        '^@/(components|entrypoints)/',
      ),
    },
  },
  {
    // Tests and benchmarks build fixture pages from HTML strings.
    files: ['**/*.test.ts', '**/*.test.tsx', 'bench/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  prettier,
);
