// ESLint with typescript-eslint's recommended, type-aware rules over every TypeScript file of the project.
// Formatting is prettier's job (`npm run lint` runs both); no stylistic rules here. Each rule turned off or
// narrowed below says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'src/generated/', 'src/ingest/citations/citationParser.*', 'explorer/dist/', 'neo4j/target/', 'coverage/', 'test-artifacts/', '.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.cjs', '*.mjs', 'explorer/vite.config.mts', 'bench/*.mts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Apollo plugin hooks and DataLoader batch functions are async by contract, with or without an await inside.
      '@typescript-eslint/require-await': 'off',
      // Enum values arrive from Neo4j and YAML as plain strings; comparing them with the generated enums is the point.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // A leading underscore marks a parameter or element that a signature or destructuring needs but the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests read untyped JSON answers and assert them with expect: the assertion is the type check.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  { files: ['**/*.js', '**/*.cjs', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.cjs', '**/*.js'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' } } },
);
