import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // Code splitting keeps decimal.js out of chunks that do not need money, so a storefront
  // bundler that imports only the eligibility check does not pull it in.
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
});
