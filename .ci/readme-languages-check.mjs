// The README's "Languages" section, run as a reader copies it, from a consumer of the packed
// tarball (.ci/readme-languages.sh passes the package's exports in, as ESM or CommonJS).
// Compares every `//=>` value and the text block with what the package prints (byte for byte),
// then prints a refused decision and a describePlan in every other shipped locale, so that runs
// under different TZ and LANG can be compared whole.
import assert from 'node:assert';
import { readFileSync } from 'node:fs';

export function check(lib, { ja, de, others }, readmePath) {
  const { checkPurchaseEligibility, describePlan, formatMoney, money, planStatus, renderDecision } = lib;
  const readme = readFileSync(readmePath, 'utf8');
  const section = readme.slice(readme.indexOf('### Languages'), readme.indexOf('## Examples'));
  const blocks = [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], text: m[2] }));
  const lines = [];
  let mismatches = 0;
  const report = (label, ok, actual, expected) => {
    lines.push(`${ok ? 'MATCH   ' : 'MISMATCH'} ${label}`);
    if (ok) return;
    mismatches++;
    const a = String(typeof actual === 'string' ? actual : JSON.stringify(actual)).split('\n');
    const b = String(typeof expected === 'string' ? expected : JSON.stringify(expected)).split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) lines.push(`  line ${i + 1}: README ${JSON.stringify(b[i])}`, `          actual ${JSON.stringify(a[i])}`);
    }
  };

  // First block: `code //=> literal` (the literal on the same line or the next).
  const pairs = [];
  let previous = null;
  for (const line of blocks[0].text.split('\n')) {
    const at = line.indexOf('//=>');
    if (at < 0) { if (line.trim()) previous = line.trim(); continue; }
    pairs.push({ code: line.slice(0, at).trim() || previous, literal: line.slice(at + 4).trim() });
    previous = null;
  }
  const purchase = { product: 'mavic-3', productRegion: 'JP', planRegion: 'JP',
    activatedAt: '2026-03-01T10:00:00Z', purchaseAt: '2026-03-03T10:00:01Z', previouslyBound: false };
  const d = checkPurchaseEligibility(purchase, { locale: ja });
  const scope = { d, formatMoney, money, ja, de };
  for (const { code, literal } of pairs) {
    const actual = new Function(...Object.keys(scope), `return (${code.replace(/;\s*$/, '')});`)(...Object.values(scope));
    const expected = new Function(`return (${literal});`)();
    let ok = true;
    try { assert.deepStrictEqual(actual, expected); } catch { ok = false; }
    report(code, ok, actual, expected);
  }
  const rendered = renderDecision(checkPurchaseEligibility(purchase, { messages: false }), { locale: ja, region: 'JP' });
  let equal = true;
  try { assert.deepStrictEqual(rendered, d); } catch { equal = false; }
  report('renderDecision(checkPurchaseEligibility(purchase, { messages: false }), { locale: ja, region: \'JP\' }) // equal to d', equal, rendered, d);

  // Second block: two console.log calls, and the text block after it.
  const events = [
    { type: 'discounted-repair', at: '2026-04-01T03:00:00Z', serial: 'M3-0001' },
    { type: 'flyaway-replacement', at: '2026-04-02T18:00:00Z', serial: 'M3-0001' },
  ];
  const tokyo = { product: 'mavic-3', serial: 'M3-0001', term: '1y', region: 'JP', timeZone: 'Asia/Tokyo', agreementDate: '2026-03-01' };
  const printed = [
    describePlan(planStatus(tokyo, events, '2026-05-01T12:00:00Z', { locale: ja }), { locale: ja }),
    describePlan(planStatus({ ...tokyo, region: 'DE', timeZone: 'Europe/Berlin' }, events, '2026-05-01T12:00:00Z', { locale: de }), { locale: de, clauses: false }),
  ].map((s) => `${s}\n`).join('\n'); // console.log('') between the two
  const textBlocks = blocks.filter((b) => b.lang === 'text');
  report('the two console.log(describePlan(...)) calls print the ```text block', printed === textBlocks[0].text, printed, textBlocks[0].text);

  // The README's timeline block: this call, as it is written there, prints the text block after it.
  const timeline = lib.timelineText(lib.periodList(lib.coveragePeriods(tokyo)), { today: '2026-05-01', locale: ja, columns: 30 });
  report("timelineText(periodList(coveragePeriods(tokyo)), { today: '2026-05-01', locale: ja, columns: 30 }) prints the timeline's ```text block", timeline === textBlocks[1].text, timeline, textBlocks[1].text);

  // Every other shipped locale: a refused decision and a status, in its market.
  const extra = [];
  for (const [name, { locale, region, timeZone }] of Object.entries(others)) {
    const refused = checkPurchaseEligibility({ ...purchase, productRegion: region, planRegion: region }, { locale });
    extra.push(`== ${name} (tag ${locale.tag}, ${region}, ${timeZone}) refused: ${!refused.ok}`);
    if (!refused.ok) {
      for (const r of refused.reasons) extra.push(`  ${r.clause} ${r.message} | ${r.expected} | ${r.received}`);
      for (const s of refused.nextSteps) extra.push(`  next: ${s.message}`);
    }
    extra.push(describePlan(planStatus({ ...tokyo, region, timeZone }, events, '2026-05-01T12:00:00Z', { locale }), { locale }));
    extra.push(formatMoney(money('1234.5', 'EUR'), { locale, region }));
  }
  return { report: [...lines, `${pairs.length + 3} checks, ${mismatches} mismatches`].join('\n'), mismatches, extra: extra.join('\n') };
}

export const MARKETS = {
  ko: { region: 'KR', timeZone: 'Asia/Seoul' }, zhHans: { region: 'CN', timeZone: 'Asia/Shanghai' },
  zhHant: { region: 'HK', timeZone: 'Asia/Hong_Kong' }, fr: { region: 'FR', timeZone: 'Europe/Paris' },
  es: { region: 'ES', timeZone: 'Europe/Madrid' }, it: { region: 'IT', timeZone: 'Europe/Rome' },
};
