import js from '@eslint/js'
import jest from 'eslint-plugin-jest'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.stryker-tmp/',
      'reports/',
      '__tests__/fixtures/iac/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'Buffer',
          'URL',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval'
        ].map((g) => [g, 'readonly'])
      )
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Core stays pure: no runtime adapters inside the engine folders.
      'no-restricted-imports': 'off'
    }
  },
  {
    files: ['src/{scan,parse,diagnose,remedy,report}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@actions/*',
                '@aws-sdk/*',
                'node:fs',
                'node:child_process',
                'node:net',
                'node:http',
                'fs',
                'child_process'
              ],
              message: 'The core is pure: adapters live in src/source, src/decode/sts, src/action.'
            }
          ]
        }
      ]
    }
  },
  // The mutation runner's jest plugins (scripts/mutation/): jest and Stryker load them with require().
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable' }
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  // Tests: the recommended jest rules (no disabled or focused tests, no conditional expects...).
  {
    files: ['__tests__/**/*.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      // `describe(TRAP, ...)` names a suite by its constant.
      'jest/valid-title': ['error', { ignoreTypeOfDescribeName: true }],
      // Helpers named expectX assert (expectMerged, expectAdded...).
      'jest/expect-expect': ['warn', { assertFunctionNames: ['expect', 'expect[A-Z]*'] }]
    }
  }
)
