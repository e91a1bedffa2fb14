/**
 * The library as the benchmarks measure it: `src/index.ts` bundled into one ES module by
 * esbuild (as tsup builds `dist/` and as an application's bundler ships it), not the source
 * modules through vitest's transform (which turns every import into a getter call that no
 * bundler or Node does).
 *
 * The same bundle also exports the library's own ISO-8601 reader, `parseInstant` from
 * `src/time/instant.ts` (internal, not a public export), so the floor of the ISO-string row
 * reads instants with the very function the library uses. If `src/time/` renames it, change
 * {@link PARSER} here.
 *
 * And {@link textLeftOut} finds the option that lets batch callers leave the English text out
 * of decisions, once the library has it (issue 11): it returns `undefined` until then.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type * as Library from '../src/index';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The module and export name of the library's instant reader (the ISO row's named parser). */
export const PARSER = { module: './src/time/instant.ts', name: 'parseInstant' } as const;

export type Lib = typeof Library & { readonly parseInstant: (text: string) => number };

/** Bundles `src/index.ts` plus the parser and imports the result. */
export async function bundledLibrary(): Promise<Lib> {
  const result = await build({
    stdin: {
      contents: `export * from './src/index.ts';\nexport { ${PARSER.name} as parseInstant } from '${PARSER.module}';\n`,
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: 'bench-library.ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'dji-care-refresh-bench-')), 'library.mjs');
  writeFileSync(file, result.outputFiles[0]?.text ?? '');
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Lib;
}

/**
 * Option objects the text-left-out option might take, named in the terms of the fields it
 * leaves out (`message`, `expected`, `received`). The first that works is used; set
 * `BENCH_TEXT_OPTION` to a JSON object to name it exactly.
 */
const CANDIDATES: readonly Record<string, unknown>[] = [
  { messages: false },
  { text: false },
  { withText: false },
  { includeText: false },
  { explain: false },
  { text: 'none' },
  { messages: 'none' },
];

/** True when no reason or check of the decision carries English text. */
function textless(decision: { readonly trace: readonly object[]; readonly reasons?: readonly object[] }): boolean {
  const items = [...decision.trace, ...(decision.reasons ?? [])];
  return items.length > 0 && items.every((item) => !('message' in item) || (item as { message?: unknown }).message === undefined);
}

/**
 * The options that leave the text out, if `checkPurchaseEligibility` has such an option:
 * probed on a refused case (which has reasons and a trace); `undefined` when none does.
 */
export function textLeftOut(lib: Lib, probe: Library.PurchaseEligibilityInput): Readonly<Record<string, unknown>> | undefined {
  const fromEnv = process.env.BENCH_TEXT_OPTION;
  const candidates = fromEnv === undefined || fromEnv === '' ? CANDIDATES : [JSON.parse(fromEnv) as Record<string, unknown>];
  for (const options of candidates) {
    try {
      const decision = lib.checkPurchaseEligibility(probe, options as Library.RuleOptions) as unknown as Parameters<typeof textless>[0];
      if (textless(decision)) return options;
    } catch {
      // An option the library refuses (an unknown option may be an InvalidInputError): not this one.
    }
  }
  return undefined;
}
