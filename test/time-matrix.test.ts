/**
 * Issue 9, the process-zone matrix (TIME-ZONE, PERIOD-START): a seeded set of more than 5,000
 * cases (plans in hard zones on and around every skipped or repeated midnight, plans on random
 * dates, local dates and midnights of random instants, and the five cases of the issue),
 * computed by child processes started under 12 process zones (`TZ`) and six locales
 * (`LANG`/`LC_ALL`: en_US, de_DE, ar_EG with Arabic digits, th_TH with the Buddhist calendar,
 * ja_JP, C). Every child must print the same bytes, and those must agree with the Temporal
 * oracle; each also writes a decision, describePlan, a timeline and an amount in ja, ko,
 * zh-Hant and de (issue 13), which must be the same bytes in every child.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_CASES, type MatrixCase, matrixCases } from './time-matrix-cases';
import { addMonths, expectedPeriod, happened, iso, localDate, startOfDay } from './time-oracle';

const PROCESS_ZONES = [
  'UTC',
  'America/Los_Angeles',
  'America/Santiago',
  'America/Scoresbysund',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Europe/Dublin',
  'Africa/Casablanca',
  'America/St_Johns',
  'Asia/Amman',
];
const LOCALES = ['en_US.UTF-8', 'de_DE.UTF-8', 'ar_EG.UTF-8', 'th_TH.UTF-8', 'ja_JP.UTF-8', 'C.UTF-8'];
/** Each zone under one locale in turn, and UTC under every locale. */
const RUNS = [
  ...PROCESS_ZONES.map((zone, i) => ({ zone, locale: LOCALES[i % LOCALES.length] as string })),
  ...LOCALES.slice(1).map((locale) => ({ zone: 'UTC', locale })),
];

interface ChildOutput {
  readonly processZone: string;
  readonly locale: string;
  readonly dateText: string;
  readonly results: readonly string[];
  readonly words: readonly string[];
}

const cases = matrixCases(5200, 0x9_2026);
let dir = '';
let outputs: readonly (ChildOutput & { readonly run: (typeof RUNS)[number]; readonly raw: string })[] = [];

function runChild(script: string, input: string, zone: string, locale: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, input], {
      env: { PATH: process.env.PATH, TZ: zone, LANG: locale, LC_ALL: locale },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Bytes first, decoded once: a chunk may end inside a multi-byte character.
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('close', (code) =>
      code === 0 ? done(Buffer.concat(out).toString('utf8')) : fail(new Error(`child under TZ=${zone} exited ${code}: ${Buffer.concat(err).toString('utf8')}`)),
    );
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'time-matrix-'));
  const script = join(dir, 'child.mjs');
  await build({
    entryPoints: [resolve(__dirname, 'time-matrix-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    logLevel: 'silent',
  });
  const input = join(dir, 'cases.json');
  writeFileSync(input, JSON.stringify(cases));
  const raws = await Promise.all(RUNS.map((run) => runChild(script, input, run.zone, run.locale)));
  outputs = raws.map((raw, i) => ({ ...(JSON.parse(raw) as ChildOutput), run: RUNS[i] as (typeof RUNS)[number], raw }));
}, 120_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** What the oracle says a case's result must be (the same text the child prints). */
function expected(c: MatrixCase, actual: string): string {
  switch (c.kind) {
    case 'plan': {
      if (!happened(c.date, c.zone)) return 'invalid agreementDate invalid-date';
      const months = c.term === '1y' ? 12 : 24;
      const parsed = JSON.parse(actual) as { periods: { start: string; end: string; startDate: string; lastDate: string; endDate: string }[] };
      // Every period from the first instant of its start date to the first instant of its end date.
      const periods = parsed.periods.map((p, i) => {
        const q = i === 0 ? expectedPeriod(c.date, addMonths(c.date, months), c.zone) : expectedPeriod(p.startDate, p.endDate, c.zone);
        return { ...p, ...q };
      });
      const start = startOfDay(c.date, c.zone).epochMilliseconds;
      const end = startOfDay(addMonths(c.date, months), c.zone).epochMilliseconds;
      const claims = (c.claims ?? []).map((at) => {
        const t = Temporal.Instant.from(at).epochMilliseconds;
        return start <= t && t < end;
      });
      return JSON.stringify({ periods, claims });
    }
    case 'local': {
      const date = localDate(c.ms, c.zone);
      return `${date} ${iso(startOfDay(date, c.zone))}`;
    }
    case 'code': {
      const date = localDate(Temporal.Instant.from(c.at).epochMilliseconds, c.zone);
      return `${date} ${iso(startOfDay(date, c.zone))}`;
    }
  }
}

describe('TIME-ZONE: the same answer under every process zone and locale', () => {
  it('has more than 5,000 cases, in every hard zone', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5000);
    expect(new Set(cases.map((c) => c.zone)).size).toBeGreaterThanOrEqual(30);
  });

  it('each child ran under its own process zone and locale', () => {
    // As the runtime names them (Node 20 says Asia/Katmandu for Asia/Kathmandu).
    const named = (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    expect(outputs.map((o) => o.processZone)).toEqual(RUNS.map((r) => named(r.zone)));
    // C.UTF-8 reads as en-US, as en_US.UTF-8 does: one fewer distinct name than LANG values.
    expect(new Set(outputs.map((o) => o.locale)).size).toBe(LOCALES.length - 1);
    expect(new Set(outputs.map((o) => o.dateText)).size).toBeGreaterThanOrEqual(10);
  });

  it('every child printed the same results, byte for byte', () => {
    const first = JSON.stringify(outputs[0]?.results);
    for (const o of outputs) expect(JSON.stringify(o.results), `TZ=${o.run.zone} LANG=${o.run.locale}`).toBe(first);
  });

  // Issue 13: the same words under LANG=C, ja_JP and de_DE as under every other process locale and zone.
  it('every child wrote the same words in ja, ko, zh-Hant and de, byte for byte', () => {
    const first = JSON.stringify(outputs[0]?.words);
    expect(outputs[0]?.words.join('\n')).toContain('DJI Care Refresh');
    for (const o of outputs) expect(JSON.stringify(o.words), `TZ=${o.run.zone} LANG=${o.run.locale}`).toBe(first);
  });

  it('the results agree with the Temporal oracle', () => {
    const results = outputs[0]?.results ?? [];
    const wrong = cases.flatMap((c, i) => {
      const actual = results[i] as string;
      const want = expected(c, actual);
      return actual === want ? [] : [`${JSON.stringify(c)}: ${actual} != ${want}`];
    });
    expect(wrong.slice(0, 20)).toEqual([]);
  }, 60_000);
});

describe('PERIOD-START: the five cases of issue 9, under every process zone and locale', () => {
  const resultOf = (name: string) => {
    const i = ISSUE_CASES.findIndex((c) => c.name === name);
    return outputs.map((o) => o.results[i] as string);
  };
  const periodsOf = (name: string) => resultOf(name).map((r) => JSON.parse(r) as { periods: { start: string; end: string; lastDate: string }[]; claims: boolean[] });
  const [one, two, three, four, five] = ISSUE_CASES.map((c) => c.name) as [string, string, string, string, string];

  it(one, () => {
    for (const r of periodsOf(one)) {
      expect([r.periods[0]?.end, r.periods[0]?.lastDate]).toEqual(['2025-03-29T00:00:00.000+01:00', '2025-03-28']);
      expect(r.claims).toEqual([false, true]);
    }
  });

  it(two, () => {
    for (const r of periodsOf(two)) {
      expect(r.periods[0]?.start).toBe('2026-10-25T00:00:00.000+00:00');
      expect(r.claims).toEqual([true, false]);
    }
  });

  it(three, () => {
    for (const r of resultOf(three)) expect(r).toBe('2026-04-05 2026-04-05T00:00:00.000+11:00');
  });

  it(four, () => {
    for (const r of periodsOf(four)) {
      expect([r.periods[0]?.start, r.periods[0]?.end]).toEqual(['2026-03-29T01:00:00.000+00:00', '2027-03-29T00:00:00.000+00:00']);
    }
  });

  it(five, () => {
    for (const r of periodsOf(five)) expect(r.periods[0]?.start).toBe('2001-09-28T00:00:00.000+03:00');
  });
});
