const { requireCalendarDate, addCalendarMonths, dateOfDay, dayOf } = await import('./src/time/calendar.ts');
const { requireTimeZone } = await import('./src/time/zone.ts');
const { dayStartOf, localDateOf } = await import('./src/time/zoned.ts');
const { monthsFrom } = await import('./src/time/period.ts');
const { coveragePeriods } = await import('./src/periods.ts');
function time(label: string, f: () => void) { const n = 1000; for (let i = 0; i < 50; i++) f(); const t0 = performance.now(); let reps = 0; while (performance.now() - t0 < 700) { f(); reps++; } console.log(label.padEnd(28), ((performance.now() - t0) * 1000 / (reps * n)).toFixed(3), 'µs'); }
let s = 0; const dates = Array.from({length: 1000}, (_, i) => dateOfDay(20454 + i));
time('requireCalendarDate', () => { for (let i = 0; i < 1000; i++) s += requireCalendarDate(dates[i], 'x').length; });
time('addCalendarMonths', () => { for (let i = 0; i < 1000; i++) s += addCalendarMonths(dates[i], 12).length; });
time('dateOfDay', () => { for (let i = 0; i < 1000; i++) s += dateOfDay(20454 + i).length; });
time('dayOf', () => { for (let i = 0; i < 1000; i++) s += dayOf(dates[i]); });
time('requireTimeZone', () => { for (let i = 0; i < 1000; i++) s += requireTimeZone('Europe/Berlin', 'x').length; });
time('dayStartOf', () => { for (let i = 0; i < 1000; i++) s += dayStartOf(dates[i & 511], 'Europe/Berlin').ms; });
time('localDateOf', () => { for (let i = 0; i < 1000; i++) s += localDateOf(1.77e12 + i * 3_600_000, 'Europe/Berlin').length; });
time('monthsFrom', () => { for (let i = 0; i < 1000; i++) s += monthsFrom('r', 'PERIOD-1Y', dates[i & 255], 12, 'Europe/Berlin').start.length; });
const c = { product: 'mavic-3', term: '2y', region: 'DE', timeZone: 'Europe/Berlin', agreementDate: '2026-05-05' };
time('coveragePeriods', () => { for (let i = 0; i < 1000; i++) s += coveragePeriods(c).replacement.start.length; });
console.log(s > 0);
