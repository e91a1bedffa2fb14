/**
 * Child of test/time-matrix.test.ts (issue 9): computes every case of the matrix with the
 * library, under whatever process zone (`TZ`) and locale (`LANG`, `LC_ALL`) it was started
 * with, and prints one JSON document: the zone and locale the runtime saw, and one line of
 * results per case. Bundled with esbuild and run with plain `node` by the test.
 */
import { readFileSync } from 'node:fs';
import { InvalidInputError, agreementDate, checkPurchaseEligibility, coveragePeriods, describePlan, formatMoney, isInPeriod, money, periodList, planStatus, timelineText } from '../src/index';
import { de } from '../src/locale/de';
import { ja } from '../src/locale/ja';
import { ko } from '../src/locale/ko';
import { zhHant } from '../src/locale/zh-Hant';
import type { MatrixCase } from './time-matrix-cases';

function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    if (error instanceof InvalidInputError) return `invalid ${error.field} ${error.code}`;
    throw error;
  }
}

function compute(c: MatrixCase): string {
  switch (c.kind) {
    case 'plan':
      return outcome(() => {
        const p = coveragePeriods({ product: 'mavic-3', term: c.term, region: c.region, timeZone: c.zone, agreementDate: c.date });
        const claims = (c.claims ?? []).map((at) => isInPeriod(p.replacement, at));
        return JSON.stringify({ periods: periodList(p), claims });
      });
    case 'local':
      return outcome(() => {
        const d = agreementDate({ channel: 'dji-online-store', timeZone: c.zone, purchasedAt: new Date(c.ms).toISOString() });
        return d.ok ? `${d.value.agreementDate} ${d.value.startsAt}` : 'refused';
      });
    case 'code':
      return outcome(() => {
        const d = agreementDate({ channel: 'activation-code', timeZone: c.zone, boundAt: c.at });
        return d.ok ? `${d.value.agreementDate} ${d.value.startsAt}` : 'refused';
      });
  }
}

/** Words in four shipped locales (issue 13): dates, times and money through Intl, in the plan's zone. */
function words(): readonly string[] {
  const plan = { product: 'mavic-3', serial: 'M3-1', term: '1y', region: 'DE', timeZone: 'Europe/Berlin', agreementDate: '2026-03-29' } as const;
  const events = [{ type: 'damage-replacement', at: '2026-10-25T02:30:00+01:00', serial: 'M3-1' }] as const;
  return [ja, ko, zhHant, de].flatMap((locale) => {
    const refused = checkPurchaseEligibility(
      { product: 'mavic-3', productRegion: 'DE', planRegion: 'FR', activatedAt: '2026-03-01T10:00:00Z', purchaseAt: '2026-03-03T10:00:01Z', previouslyBound: false },
      { locale },
    );
    return [
      JSON.stringify(refused),
      describePlan(planStatus(plan, events, '2026-11-01T12:00:00Z', { locale }), { locale }),
      timelineText(periodList(coveragePeriods(plan)), { today: '2026-11-01', locale }),
      formatMoney(money('1234.5', 'CHF'), { locale, region: 'CH' }),
    ];
  });
}

const cases = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as MatrixCase[];
const seen = Intl.DateTimeFormat().resolvedOptions();
process.stdout.write(
  JSON.stringify({ processZone: seen.timeZone, locale: seen.locale, dateText: new Date(0).toString(), results: cases.map(compute), words: words() }),
);
