// ESLint with typescript-eslint's type-aware rules; `npm test` runs it (`npm run lint`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// A line that is one string literal: alone, or after `return`, `yield`, `throw new Error(`, `const x =`, `key:`, a
// ternary's `?` or `:`, a call's `(` (`io.out(`, `.description(`), or as the title of a test (`it('…', () => {`).
const BEFORE = String.raw`(?:return|yield|throw new \w+\(|(?:const|let) \w+ =|[?:]|[\w.]+:|[\w.]*\(|`
  + String.raw`(?:it|test|describe)(?:\.\w+)*\(.*\)\()`;
const STRING_LINE = String.raw`^\s*(?:${BEFORE}\s*)?(['"\x60]).*\1[,;)]*(?:\s*(?:async\s*)?\([^)]*\)\s*=>\s*\{)?$`;

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // 120 columns. Left whole: imports, a line that is one string literal (a message or a test title stays
      // greppable; cutting it in pieces would not make it easier to read), template literals (HTML, CSS and help
      // texts, whose lines are output), URLs and regex literals.
      'max-len': [
        'error',
        {
          code: 120,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
          ignoreTemplateLiterals: true,
          ignorePattern: `^import |^export \\{|${STRING_LINE}`,
        },
      ],
      // Terminal text is sanitised by matching control characters on purpose (src/ui/sanitize.ts and its tests).
      'no-control-regex': 'off',
      // An async function without await still turns its throws into rejections, which callers rely on.
      '@typescript-eslint/require-await': 'off',
      // `const { dir: _, ...rest } = x` leaves out a field.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests read JSON documents (any).
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        __dirname: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
  },
  {
    // CommonJS entry shims (see bin/package.json).
    files: ['bin/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
