/**
 * Child of test/time-matrix.test.ts (issue 9): computes every case of the matrix with the
 * library, under whatever process zone (`TZ`) and locale (`LANG`, `LC_ALL`) it was started
 * with, and prints one JSON document: the zone and locale the runtime saw, and one line of
 * results per case. Bundled with esbuild and run with plain `node` by the test.
 */
import { readFileSync } from 'node:fs';
import { InvalidInputError, agreementDate, coveragePeriods, isInPeriod, periodList } from '../src/index';
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

const cases = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as MatrixCase[];
const seen = Intl.DateTimeFormat().resolvedOptions();
process.stdout.write(
  JSON.stringify({ processZone: seen.timeZone, locale: seen.locale, dateText: new Date(0).toString(), results: cases.map(compute) }),
);
