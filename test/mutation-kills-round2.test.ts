/**
 * Mutation kills for this round's additions (a Stryker run over `src/messages/param-kinds.ts`,
 * `src/locale/format.ts`, `src/locale/words.ts`, `src/describe-read.ts`, `src/timeline/*.ts`
 * and `src/messages/texts.ts`): a param of another type written as given, a sentence's end
 * added only where the text does not end one, a stray or unclosed isolate in a right-to-left
 * label, and the words of the refusal of too many quoted reasons. The mutants left are
 * equivalent (the Quality page lists them).
 */
import { describe, expect, it } from 'vitest';
import { coveragePeriods, describePlan, periodList, planStatus, timelineSvg } from '../src/index';
import { elapsed, hours, plural, sentenceEnd } from '../src/locale/words';
import { invalid } from './support';

const DE = { tag: 'de', region: 'DE', timeZone: 'Europe/Berlin' } as const;

describe('issue 13: a param of another type is written as given (words.ts)', () => {
  it('hours, elapsed and plural write a value that is not a finite number as it is', () => {
    expect(hours(DE, 48)).toBe('48 Stunden');
    expect(hours(DE, '48' as unknown as number)).toBe('48');
    expect(elapsed(DE, '90' as unknown as number)).toBe('90');
    expect(plural(DE, '2' as unknown as number, { one: '# Ersatz', other: '# Ersatzgeräte' })).toBe('2');
    expect(plural(DE, 2, { one: '# Ersatz', other: '# Ersatzgeräte' })).toBe('2 Ersatzgeräte');
  });

  it('sentenceEnd adds a full stop unless the text ends with one (a point inside is not an end)', () => {
    expect(sentenceEnd('É.-U.')).toBe('É.-U.');
    expect(sentenceEnd('É.-U')).toBe('É.-U.');
    expect(sentenceEnd('Japon')).toBe('Japon.');
    expect(sentenceEnd('Wirklich?')).toBe('Wirklich?');
  });
});

describe('issue 13: a right-to-left label in timelineSvg, its own isolates balanced', () => {
  const periods = periodList(coveragePeriods({ product: 'mavic-3', term: '1y', region: 'DE', timeZone: 'Europe/Berlin', agreementDate: '2026-03-29' }));
  const bar = (label: string): string => {
    const svg = timelineSvg(periods, { labels: { replacement: label } });
    return (/<g class="labels"[^>]*>\n<text[^>]*>([^<]*)<\/text>/.exec(svg) as RegExpExecArray)[1] as string;
  };
  const DATES = ': 2026-03-29 – 2027-03-28 · PERIOD-1Y';

  it('a stray closing isolate becomes U+FFFD; one left open is closed before the wrapper closes', () => {
    expect(bar('החלפה\u2069\u202E')).toBe(`\u2068החלפה\uFFFD\u202E\u2069${DATES}`);
    expect(bar('\u2067a\u2069\u2067b')).toBe(`\u2068\u2067a\u2069\u2067b\u2069\u2069${DATES}`);
    expect(bar('\u2067\u2067x')).toBe(`\u2068\u2067\u2067x\u2069\u2069\u2069${DATES}`);
    expect(bar('החלפה')).toBe(`\u2068החלפה\u2069${DATES}`);
  });
});

describe('issue 13 × 10: too many quoted reasons, in words (describe-read.ts)', () => {
  it('names the limit, the total and the count', () => {
    const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' } as const;
    const s = JSON.parse(JSON.stringify(planStatus(plan, [], '2026-06-01T00:00:00Z'))) as Record<string, Record<string, unknown>>;
    s['carePlus'] = { ...s['carePlus'], canBuy: false, reasons: [{ clause: 'PLUS-ELIGIBLE', message: 'x'.repeat(3_000) }, { clause: 'PLUS-ELIGIBLE', message: 'y'.repeat(3_000) }] };
    const e = invalid(() => describePlan(s as never));
    expect([e.field, e.code, e.message]).toEqual([
      'status.carePlus.reasons',
      'too-large',
      'Invalid status.carePlus.reasons: expected reasons of at most 5000 characters in all, got 6000 (received "2 reasons").',
    ]);
  });
});
