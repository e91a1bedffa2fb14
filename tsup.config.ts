import { defineConfig } from 'tsup';

export default defineConfig({
  // Every module is its own entry (like date-fns: one file per module) and dist/index.js only
  // re-exports. With `"sideEffects": false` a bundler then drops every module a storefront does
  // not use, whatever its top-level code does; a single-file dist kept decimal.js and
  // @date-fns/tz in a bundle that imports only checkPurchaseEligibility (21 KB gzip, budget 6 KB).
  // dist/spec.js is the `dji-care-refresh/spec` entry of package.json (the spec's text), which
  // the main entry never imports.
  entry: ['src/**/*.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // Code splitting shares code between the entries instead of copying it into each.
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
});
