/**
 * The cost of money's hostile paths (issue 10, items 3 and 9), untimed by the test suite:
 * `npx tsx bench/money-limits.ts`. Prints µs per call for ordinary calls and for the refused
 * hostile ones (a Decimal of 1e9000000000000000, an amount text of a million characters),
 * and for sums of growing length, to show that refusing costs no more than accepting and that
 * a sum's cost is linear in its length.
 */
import { Decimal } from 'decimal.js';
import { formatMoney, money, moneyFromJSON, sumMoney } from '../src/money';

function perCall(label: string, calls: number, call: () => unknown): void {
  for (let i = 0; i < Math.min(calls, 1000); i++) call();
  const started = performance.now();
  for (let i = 0; i < calls; i++) call();
  const micros = ((performance.now() - started) * 1000) / calls;
  console.log(`| ${label} | ${micros.toFixed(2)} | ${calls} |`);
}

function refused(call: () => unknown): () => void {
  return () => {
    try {
      call();
    } catch {
      // InvalidInputError, as the tests check.
    }
  };
}

const fee = money('159.99', 'USD');
const huge = { amount: new Decimal('1e9000000000000000'), currency: 'USD' };
const longText = '9'.repeat(1_000_000);
const forged = { toExponential: () => longText };

console.log('| call | µs per call | calls |');
console.log('|---|---:|---:|');
perCall("money('159.99', 'USD')", 100_000, () => money('159.99', 'USD'));
perCall("moneyFromJSON({ amount: '159.99', currency: 'USD' })", 100_000, () => moneyFromJSON({ amount: '159.99', currency: 'USD' }));
perCall('formatMoney(USD 159.99)', 100_000, () => formatMoney(fee));
perCall("formatMoney(USD 159.99, { locale: 'de' })", 100_000, () => formatMoney(fee, { locale: 'de' }));
perCall('formatMoney(Decimal 1e9000000000000000): refused', 100_000, refused(() => formatMoney(huge as never)));
perCall('money(a 1,000,000-digit string): refused', 1_000, refused(() => money(longText, 'USD')));
perCall('money(a forged Decimal of 1,000,000 digits): refused', 1_000, refused(() => money(forged as never, 'USD')));
for (const length of [1_000, 10_000, 100_000]) {
  const list = Array.from({ length }, () => fee);
  perCall(`sumMoney of ${length.toLocaleString('en')} amounts`, 20, () => sumMoney(list, 'USD'));
}
