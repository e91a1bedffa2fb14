/**
 * The package as npm users receive it: what the README links to is in the tarball, nothing
 * shipped points at a file users cannot read, the spec stays out of the main entry, and
 * `InvalidInputError` is recognised across the package's ESM and CommonJS copies.
 * (.ci/pack-consumers.sh installs the real tarball into ESM, CommonJS and TypeScript consumers.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coveragePeriods } from '../src/index';
import { InvalidInputError } from '../src/errors';

const ROOT = process.cwd();
const README = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  readonly files: readonly string[];
  readonly exports: Readonly<Record<string, unknown>>;
  readonly scripts: Readonly<Record<string, string>>;
  readonly typesVersions?: unknown;
};

/** Every link target of a Markdown text: inline `[x](t)`, images, reference definitions and `<a href>`. */
function linkTargets(markdown: string): string[] {
  const withoutCode = markdown.replace(/^```[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
  return [
    ...[...withoutCode.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] as string),
    ...[...withoutCode.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((m) => m[1] as string),
    ...[...withoutCode.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((m) => m[1] as string),
  ];
}

/** A link that resolves inside the package (not a full address, not an anchor on the page). */
function isRelative(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#') && !target.startsWith('//');
}

/** The files `npm pack` puts in the tarball (without running the build). */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--loglevel=error'], { cwd: ROOT, encoding: 'utf8' });
  const report = JSON.parse(out) as readonly { readonly files: readonly { readonly path: string }[] }[];
  return (report[0]?.files ?? []).map((f) => f.path);
}

describe('README links resolve in the published package', () => {
  it('finds links of every form', () => {
    expect(
      linkTargets('[a](SECURITY.md) ![b](img/x.png "t")\n[c]: examples/x.ts\n<a href="LICENSE">d</a> [e](https://x.org) [f](#tour) `[g](no.md)`'),
    ).toEqual(['SECURITY.md', 'img/x.png', 'https://x.org', '#tour', 'examples/x.ts', 'LICENSE']);
    expect(['SECURITY.md', './x.md#a', 'https://x.org', 'mailto:a@b.c', '#tour', '//cdn.x/y'].map(isRelative)).toEqual([true, true, false, false, false, false]);
  });

  it('every relative link of README.md is a file npm pack ships', () => {
    const shipped = new Set(packedFiles());
    expect(shipped.has('README.md')).toBe(true);
    const relative = linkTargets(README).filter(isRelative).map((t) => t.replace(/^\.\//, '').replace(/[#?].*$/, ''));
    const missing = relative.filter((t) => !shipped.has(t));
    expect(missing, `README links to files the package does not ship: ${missing.join(', ')}`).toEqual([]);
  }, 60_000);

  it('ships the files the README names', () => {
    for (const file of ['README.md', 'LICENSE', 'SECURITY.md', 'CHANGELOG.md', 'dist']) expect(pkg.files).toContain(file);
  });
});

/** Text files under a folder (recursively). */
function textFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|md|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('README set-up', () => {
  it('lists the examples in the order npm run examples runs them (single-file examples sorted, then the batch)', () => {
    const runAll = readFileSync(resolve(ROOT, 'examples', 'run-all.ts'), 'utf8');
    // run-all.ts: every examples/*.ts but itself and its BATCH set, sorted; then the batch step,
    // which spawns the BATCH scripts in the order they appear in its source (generator, then batch).
    const batchSet = /const BATCH = new Set\(\[([^\]]*)\]\)/.exec(runAll)?.[1];
    expect(batchSet, 'run-all.ts has a BATCH set').toBeDefined();
    const batchFiles = [...(batchSet as string).matchAll(/'([a-z-]+\.ts)'/g)].map((m) => m[1] as string);
    expect(batchFiles.length).toBeGreaterThan(0);
    const spawnedAt = (file: string): number => runAll.indexOf(`join(here, '${file}')`);
    for (const file of batchFiles) expect(spawnedAt(file), `run-all.ts spawns ${file}`).toBeGreaterThan(-1);
    const batchOrder = [...batchFiles].sort((a, b) => spawnedAt(a) - spawnedAt(b));
    const lines = Number(/const LINES = (\d+);/.exec(runAll)?.[1]);
    const name = (f: string): string => f.replace(/\.ts$/, '').replace(/-/g, ' ');
    const singles = readdirSync(resolve(ROOT, 'examples'))
      .filter((f) => f.endsWith('.ts') && f !== 'run-all.ts' && !batchFiles.includes(f))
      .sort()
      .map(name);

    const comment = /npm run examples\s+# install, then run the examples \(([^)]*)\)/.exec(README)?.[1];
    expect(comment, 'the set-up comment').toBeDefined();
    const [singlesPart, batchPart] = (comment as string).split('; then ');
    expect(singlesPart?.split(', ')).toEqual(singles);
    expect(batchPart).toBe(`${batchOrder.map(name).join(' → ')}, ${lines.toLocaleString('en-US')} lines`);

    const listed = [...README.matchAll(/^- `examples\/([a-z-]+)\.ts`/gm)].map((m) => `${m[1] as string}.ts`);
    expect(listed).toEqual([...singles.map((n) => `${n.replace(/ /g, '-')}.ts`), ...batchOrder]);
  });
});

describe('nothing a user receives points at a file they cannot read', () => {
  it('neither src/ nor the shipped Markdown mentions RULES.md or ../shared', () => {
    const shipped = [...textFilesUnder(resolve(ROOT, 'src')), ...['README.md', 'SECURITY.md', 'CHANGELOG.md'].map((f) => resolve(ROOT, f))];
    const pointing = shipped.filter((f) => /RULES\.md|\.\.\/shared\b/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(pointing).toEqual([]);
  });
});

/** The relative imports of a TypeScript module, as absolute paths without extension. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^(?:import|export)\s(?:[^'"]*?\sfrom\s)?'(\.{1,2}\/[^']+)'/gm)].map((m) => resolve(dirname(file), m[1] as string));
}

describe('the spec has an entry point of its own', () => {
  it('exports ./spec for import and require, with types, built from src/spec.ts', () => {
    expect(pkg.exports['./spec']).toEqual({
      import: { types: './dist/spec.d.ts', default: './dist/spec.js' },
      require: { types: './dist/spec.d.cts', default: './dist/spec.cjs' },
    });
    // TypeScript's older `node10` resolution ignores `exports`: typesVersions gives it the types.
    expect(pkg.typesVersions).toMatchObject({ '*': { spec: ['./dist/spec.d.cts'] } });
    expect(existsSync(resolve(ROOT, 'src', 'spec.ts'))).toBe(true);
    expect(readFileSync(resolve(ROOT, 'tsup.config.ts'), 'utf8')).toMatch(/entry: \[['"]src\/\*\*\/\*\.ts['"]\]/);
  });

  it('the main entry does not reach it (so its bundle does not carry the text)', () => {
    const seen = new Set<string>();
    const queue = [resolve(ROOT, 'src', 'index')];
    while (queue.length > 0) {
      const next = queue.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      const file = [`${next}.ts`, join(next, 'index.ts')].find((f) => existsSync(f));
      expect(file, `module ${relative(ROOT, next)}`).toBeDefined();
      queue.push(...importsOf(file as string));
    }
    expect(seen.size).toBeGreaterThan(10);
    expect([...seen].map((f) => relative(ROOT, f))).not.toContain(join('src', 'spec'));
  });

  it('npm pack builds first (prepack), so a clone never packs without dist/', () => {
    expect(pkg.scripts['prepack']).toBe('npm run build');
  });
});

describe('InvalidInputError across module systems (Symbol.for brand)', () => {
  const brand = Symbol.for('dji-care-refresh.InvalidInputError');

  it('recognises an error of another copy of the class by its brand', () => {
    class OtherCopy extends Error {}
    Object.defineProperty(OtherCopy.prototype, brand, { value: true });
    expect(new OtherCopy('x') instanceof InvalidInputError).toBe(true);
  });

  it('recognises its own errors, and nothing else', () => {
    let thrown: unknown;
    try {
      coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-02-30' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown instanceof InvalidInputError).toBe(true);
    expect(thrown instanceof Error).toBe(true);
    for (const other of [new Error('x'), null, undefined, 'InvalidInputError', 42, {}, { [Symbol.for('other')]: true }]) {
      expect(other instanceof InvalidInputError).toBe(false);
    }
    // The brand is not an own, enumerable property: JSON and logs stay as they were.
    expect(Object.getOwnPropertySymbols(thrown as object)).toEqual([]);
  });

  it('a subclass keeps the ordinary check', () => {
    class Narrower extends InvalidInputError {}
    expect(new Narrower('f', 'missing', 'x', 1) instanceof Narrower).toBe(true);
    expect(new Narrower('f', 'missing', 'x', 1) instanceof InvalidInputError).toBe(true);
    expect(new InvalidInputError('f', 'missing', 'x', 1) instanceof Narrower).toBe(false);
  });
});
