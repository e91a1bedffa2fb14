/**
 * A product page deciding, for four real carts, whether to offer DJI Care Refresh: which
 * terms, what they include, the periods as local dates, the listed price where the catalogue
 * has one; and, when the plan cannot be sold, every reason and the next step. Then two carts
 * in the customer's language: one in Japan (refused, in Japanese) and one in Germany (offered,
 * in German, with the plan's periods as a timeline and the deadline in the shop's zone).
 *
 * Run: npx tsx examples/storefront-offer.ts
 *
 * In your own code, import from 'dji-care-refresh' instead of '../src/index'.
 */
import {
  DEFAULT_TERMS,
  type Decision,
  type Agreement,
  type PlanTerm,
  type PurchaseEligibility,
  type PurchaseEligibilityInput,
  type TimeZone,
  PRODUCTS,
  agreementDate,
  checkPurchaseEligibility,
  coveragePeriods,
  findListing,
  formatMoney,
  money,
  periodList,
  requireProduct,
  localBuyBy,
  timelineText,
  type Locale,
} from '../src/index';
import { formatDateTime } from '../src/locale/index';
import { de } from '../src/locale/de';
import { ja } from '../src/locale/ja';
// In your own code: 'dji-care-refresh/locale' and 'dji-care-refresh/locale/ja', '…/de'.

/** A fixed "now", so that the output is the same on every run. */
const NOW = '2026-06-01T10:00:00Z';
const HOUR = 3_600_000;
const ago = (hours: number): string => new Date(Date.parse(NOW) - hours * HOUR).toISOString();

interface Cart {
  readonly title: string;
  /** The shop's zone: the plan's dates are local dates there (PERIOD-START). */
  readonly timeZone: TimeZone;
  readonly purchase: PurchaseEligibilityInput;
  /** How the plan would be bought: separately on the DJI Online Store, or with the product. */
  readonly channel: 'dji-online-store' | 'dji-store-bundle';
}

const carts: readonly Cart[] = [
  {
    title: 'DJI Mavic 3, activated 20 h ago, bought and insured in the US',
    timeZone: 'America/Los_Angeles',
    channel: 'dji-online-store',
    purchase: { product: 'mavic-3', productRegion: 'US', planRegion: 'US', activatedAt: ago(20), purchaseAt: NOW, previouslyBound: false },
  },
  {
    title: 'DJI OM 5, activated 40 days ago, in Japan',
    timeZone: 'Asia/Tokyo',
    channel: 'dji-online-store',
    purchase: { product: 'om-5', productRegion: 'JP', planRegion: 'JP', activatedAt: ago(40 * 24), purchaseAt: NOW, previouslyBound: false },
  },
  {
    title: 'DJI Air 2S bought in Germany, activated 12 h ago, plan bought in France',
    timeZone: 'Europe/Paris',
    channel: 'dji-online-store',
    purchase: { product: 'air-2s', productRegion: 'DE', planRegion: 'FR', activatedAt: ago(12), purchaseAt: NOW, previouslyBound: false },
  },
  {
    title: 'DJI Mini 2, not activated, bought with the plan in Australia',
    timeZone: 'Australia/Sydney',
    channel: 'dji-store-bundle',
    purchase: { product: 'mini-2', productRegion: 'AU', planRegion: 'AU', activatedAt: null, purchaseAt: NOW, previouslyBound: false },
  },
];

function includes(productId: string, term: PlanTerm, region: string): string[] {
  const product = requireProduct(productId, DEFAULT_TERMS);
  const plan = DEFAULT_TERMS.plans[term];
  const quota = term === '1y' ? 'QUOTA-1Y' : 'QUOTA-2Y';
  const s = product.services;
  const lines = [
    s.flyawayReplacement
      ? `${plan.replacements} replacements, for damage or flyaway (at most ${plan.flyawayReplacements} for flyaway) [${quota}]`
      : `${plan.replacements} damage replacements; no flyaway cover for this model [${quota}, SVC-REPLACE-FLYAWAY]`,
  ];
  const fees = DEFAULT_TERMS.fees.find((f) => f.product === productId && f.term === term && f.region === region);
  if (fees === undefined) {
    lines.push('replacement fees: not published for this model, term and region');
  } else {
    const ordinal = fees.replacementFees.map((a, i) => `${i === 0 ? '1st' : i === 1 ? '2nd' : `${i + 1}th`} ${formatMoney(money(a, fees.currency))}`);
    const flyaway = fees.flyawayFee === undefined ? '' : `, flyaway ${formatMoney(money(fees.flyawayFee, fees.currency))}`;
    lines.push(`replacement fees: ${ordinal.join(', ')}${flyaway} [${fees.source}]`);
  }
  if (s.repairDiscount) lines.push(`${plan.repairDiscounts} discounted repairs [SVC-REPAIR-DISCOUNT]`);
  if (s.maintenance) lines.push(`${plan.maintenance} factory maintenance service${plan.maintenance === 1 ? '' : 's'} [SVC-MAINTENANCE]`);
  lines.push(plan.warrantyExtension === undefined ? 'no extended warranty beyond the official one [SVC-WARRANTY-EXT]' : 'extended warranty in the second year [SVC-WARRANTY-EXT]');
  if (s.safeFlight) lines.push('a further year of warranty if no replacement or discounted repair is used [SVC-SAFE-FLIGHT]');
  lines.push(s.internationalService ? 'service at any DJI centre worldwide [USE-INTERNATIONAL]' : `service only in ${region}, where the plan is bought [USE-INTERNATIONAL]`);
  lines.push('express replacement, shipping paid both ways [SVC-EXPRESS, SVC-SHIPPING]');
  return lines;
}

function offer(cart: Cart, eligible: PurchaseEligibility): void {
  const { product, planRegion } = cart.purchase;
  const buyBy = eligible.buyBy === null ? 'no deadline' : `buy by ${eligible.buyBy}`;
  console.log(`  OFFER the plan (${eligible.clause}, ${buyBy})`);

  const agreement: Decision<Agreement> =
    cart.channel === 'dji-online-store'
      ? agreementDate({ channel: 'dji-online-store', purchasedAt: NOW, timeZone: cart.timeZone })
      : agreementDate({ channel: 'dji-store-bundle', product, activatedAt: null, timeZone: cart.timeZone });

  for (const term of ['1y', '2y'] as const) {
    const listing = findListing(product, term);
    const price = listing === undefined ? 'price: not in the catalogue (ask DJI)' : `${listing.title}, SKU ${listing.sku}: ${formatMoney(listing.price)} [CAT-LISTING]`;
    console.log(`  ${term === '1y' ? '1-year' : '2-year'} plan — ${price}`);
    for (const line of includes(product, term, planRegion)) console.log(`      · ${line}`);
    if (agreement.ok) {
      const periods = coveragePeriods({ product, term, region: planRegion, timeZone: cart.timeZone, agreementDate: agreement.value.agreementDate });
      for (const p of periodList(periods)) {
        console.log(`      · ${p.kind.padEnd(18)} ${p.startDate} to ${p.lastDate} [${p.clause}]`);
      }
    } else {
      for (const r of agreement.reasons) console.log(`      · periods: ${r.message} [${r.clause}]`);
    }
  }
}

function refuse(decision: Extract<Decision<PurchaseEligibility>, { ok: false }>): void {
  console.log('  DO NOT OFFER the plan:');
  for (const r of decision.reasons) {
    const detail = r.expected === undefined ? '' : ` (needs ${r.expected}; found ${r.received ?? 'nothing'})`;
    console.log(`      ✗ [${r.clause}] ${r.message}${detail}`);
  }
  for (const step of decision.nextSteps) console.log(`  Next step [${step.clause}]: ${step.message}`);
  if (decision.nextSteps.length === 0) console.log('  Next step: the terms name none for this refusal.');
}

console.log(`DJI Care Refresh on the product page — now is ${NOW}\n`);
for (const [index, cart] of carts.entries()) {
  const name = PRODUCTS[cart.purchase.product as keyof typeof PRODUCTS].name;
  console.log(`Cart ${index + 1}: ${cart.title} (${name}; dates in ${cart.timeZone})`);
  const decision = checkPurchaseEligibility(cart.purchase);
  if (decision.ok) offer(cart, decision.value);
  else refuse(decision);
  console.log('');
}

// Two carts in the customer's language (issue 13): the same calls with `{ locale }`. Every
// word the library writes is in that language; dates follow the language and the plan's
// market, in the shop's zone. The product names come from each locale's glossary.
interface LocalCart extends Cart {
  readonly locale: Locale;
}
const localCarts: readonly LocalCart[] = [
  {
    title: 'DJI Mavic 3, activated 60 h ago, in Japan (Japanese)',
    timeZone: 'Asia/Tokyo',
    channel: 'dji-online-store',
    locale: ja,
    purchase: { product: 'mavic-3', productRegion: 'JP', planRegion: 'JP', activatedAt: ago(60), purchaseAt: NOW, previouslyBound: false },
  },
  {
    title: 'DJI Mavic 3, activated 20 h ago, in Germany (German)',
    timeZone: 'Europe/Berlin',
    channel: 'dji-online-store',
    locale: de,
    purchase: { product: 'mavic-3', productRegion: 'DE', planRegion: 'DE', activatedAt: ago(20), purchaseAt: NOW, previouslyBound: false },
  },
];
for (const [index, cart] of localCarts.entries()) {
  const { locale, purchase, timeZone } = cart;
  console.log(`Cart ${carts.length + index + 1}: ${cart.title}`);
  const decision = checkPurchaseEligibility(purchase, { locale });
  if (!decision.ok) {
    // The example's own labels stay English (needs, found); the library's words are Japanese.
    for (const r of decision.reasons) console.log(`      ✗ [${r.clause}] ${r.message} (needs: ${r.expected ?? '-'}; found: ${r.received ?? '-'})`);
    for (const step of decision.nextSteps) console.log(`      → [${step.clause}] ${step.message}`);
    console.log('');
    continue;
  }
  const deadline = localBuyBy(decision.value, timeZone);
  const buyBy = deadline === null ? 'no deadline' : `buy by ${formatDateTime(deadline.at, timeZone, { locale, region: purchase.planRegion })}`;
  console.log(`  OFFER ${locale.glossary.plan1y.text} (${buyBy}) [${decision.value.clause}]`);
  const agreement = agreementDate({ channel: 'dji-online-store', purchasedAt: NOW, timeZone }, { locale });
  if (agreement.ok) {
    const periods = coveragePeriods({ product: purchase.product, term: '1y', region: purchase.planRegion, timeZone, agreementDate: agreement.value.agreementDate });
    console.log(indent(timelineText(periodList(periods), { locale, today: NOW, columns: 36 })));
  }
  console.log('');
}

function indent(text: string): string {
  // timelineText ends with a newline: no line of spaces after it.
  return text
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
