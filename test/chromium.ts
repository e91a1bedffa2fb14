/**
 * Headless Chromium for the render and browser tests: Debian's package driven by playwright-core.
 * Outside CI a test that needs it is skipped, with a note, when /usr/bin/chromium is absent; in
 * CI (CI set) it always runs, so a missing browser fails.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
export const inCi = Boolean(process.env['CI']);
/** Whether a test that needs Chromium runs here. */
export const runChromium = haveChromium || inCi;

/** Warns once, for the named test, that it is skipped and how CI installs the browser. */
export function noteChromiumSkip(what: string): void {
  if (runChromium) return;
  console.warn(
    `${what} skipped: ${CHROMIUM} not found. CI installs it with ` +
      '`apt-get install -y --no-install-recommends chromium fonts-dejavu-core` (.ci/run); in CI it is required.',
  );
}

/** Launches headless Chromium with no network of its own (no updates, sync or QUIC). */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fixture module bundled for the page by esbuild: an IIFE that sets `globalThis[name]` to the
 * module's export `name` (`bundleForPage('./test/fixtures/browser-cases', 'runBrowserCases')`).
 */
export async function bundleForPage(module: string, name: string): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents: `import { ${name} } from '${module}';\n(globalThis as unknown as Record<string, unknown>).${name} = ${name};\n`,
      resolveDir: process.cwd(),
      loader: 'ts',
      sourcefile: `${name}-entry.ts`,
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (file === undefined) throw new Error('esbuild wrote no bundle');
  return file.text;
}
