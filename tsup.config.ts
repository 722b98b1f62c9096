import { defineConfig } from 'tsup';

// One entry per public folder, so an app that only pseudonymizes never loads the rest
// (the same layout as @noble/hashes' one-file-per-algorithm exports).
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'keys/index': 'src/keys/index.ts',
      'normalize/index': 'src/normalize/index.ts',
      'pseudonymize/index': 'src/pseudonymize/index.ts',
      'encrypt/index': 'src/encrypt/index.ts',
      'privacy/index': 'src/privacy/index.ts',
      'redact/index': 'src/redact/index.ts',
      'audit/index': 'src/audit/index.ts',
      'node/index': 'src/node/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    splitting: true,
    treeshake: true,
  },
  {
    // cli/csv-parse is internal (not in package.json exports); bench/csv.mjs measures it.
    entry: { 'cli/main': 'src/cli/main.ts', 'cli/worker': 'src/cli/worker.ts', 'cli/csv-parse': 'src/cli/csv-parse.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    external: ['@node-rs/argon2'],
  },
]);
