/**
 * When the plan starts (FAQ 4): the agreement date by purchase channel — DATE-BUNDLED,
 * DATE-BUNDLED-OM, DATE-SEPARATE, DATE-CODE — and the instant the plan starts (PERIOD-START).
 *
 * @module
 */
import type { ClauseId } from './clauses';
import type { ProductId } from './catalog/products';
import { type RuleOptions, type Terms, requireProduct, termsOf } from './catalog/terms';
import { type CodedCheck, check, decide } from './decision';
import { finish } from './messages/render';
import { InvalidInputError } from './errors';
import { requireInstant } from './time/instant';
import { requireTimeZone } from './time/zone';
import { addCalendarDays, dayThatHappened, formatInstant, inputDateOf, requireInputYear, requireLocalDay, startOfLocalDay } from './time/zoned';
import type { CalendarDate, Decision, InstantInput, Texted, TimeZone } from './types';
import { isNone, readRecord } from './validate';

/**
 * How the plan was bought and bound.
 *
 * - `'dji-store-bundle'`: bought together with the product on the DJI Store (DATE-BUNDLED,
 *   DATE-BUNDLED-OM).
 * - `'dji-online-store'`: bought separately on the DJI Online Store (DATE-SEPARATE).
 * - `'activation-code'`: bound with a DJI Care Refresh activation code, as retailers sell it
 *   (DATE-CODE).
 *
 * @example
 * ```ts
 * const channel: PurchaseChannel = 'activation-code';
 * const d = agreementDate({ channel, timeZone: 'Australia/Sydney', boundAt: '2026-03-01T20:00:00Z' });
 * d.ok && [d.value.channel, d.value.clause, d.value.agreementDate];
 * //=> ['activation-code', 'DATE-CODE', '2026-03-02']
 * ```
 *
 * @category Agreement
 */
export type PurchaseChannel = 'dji-store-bundle' | 'dji-online-store' | 'activation-code';

/**
 * Bought with the product on the DJI Store.
 *
 * @example
 * ```ts
 * // An OM 5 bought with the plan, delivered on 1 March and not activated since:
 * const bundle: BundledPurchase = { channel: 'dji-store-bundle', product: 'om-5', timeZone: 'Asia/Tokyo', activatedAt: null, deliveredOn: '2026-03-01' };
 * const d = agreementDate(bundle);
 * d.ok && [d.value.clause, d.value.agreementDate]; //=> ['DATE-BUNDLED-OM', '2026-04-15'] (45 days after delivery)
 * ```
 *
 * @category Agreement
 */
export interface BundledPurchase {
  readonly channel: 'dji-store-bundle';
  readonly product: ProductId;
  /** The IANA zone the agreement is in (PERIOD-START). */
  readonly timeZone: TimeZone;
  /** When the product was activated, or `null` if it has not been. Leaving it out is reported as missing. */
  readonly activatedAt?: InstantInput | null;
  /** DATE-BUNDLED-OM: the delivery date, needed for OM 5 and the OM 4 series (`null` or absent: not known). */
  readonly deliveredOn?: CalendarDate | null;
}

/**
 * Bought separately on the DJI Online Store.
 *
 * @example
 * ```ts
 * const bought: SeparatePurchase = { channel: 'dji-online-store', timeZone: 'Europe/Berlin', purchasedAt: '2026-03-01T23:30:00Z' };
 * const d = agreementDate(bought);
 * d.ok && [d.value.clause, d.value.agreementDate]; //=> ['DATE-SEPARATE', '2026-03-02'] (the day of purchase in Berlin)
 * ```
 *
 * @category Agreement
 */
export interface SeparatePurchase {
  readonly channel: 'dji-online-store';
  readonly timeZone: TimeZone;
  readonly purchasedAt: InstantInput;
}

/**
 * Bound with an activation code.
 *
 * @example
 * ```ts
 * const bound: CodeBinding = { channel: 'activation-code', timeZone: 'Australia/Sydney', boundAt: '2026-03-01T20:00:00Z' };
 * const d = agreementDate(bound);
 * d.ok && d.value;
 * //=> { channel: 'activation-code', clause: 'DATE-CODE', agreementDate: '2026-03-02',
 * //=>   startsAt: '2026-03-02T00:00:00.000+11:00', timeZone: 'Australia/Sydney' }
 * ```
 *
 * @category Agreement
 */
export interface CodeBinding {
  readonly channel: 'activation-code';
  readonly timeZone: TimeZone;
  readonly boundAt: InstantInput;
}

/**
 * The facts of a purchase that fix the agreement date.
 *
 * @example
 * ```ts
 * const inputs: AgreementInput[] = [
 *   { channel: 'dji-store-bundle', product: 'mavic-3', timeZone: 'America/Chicago', activatedAt: '2026-03-01T20:00:00Z' },
 *   { channel: 'dji-online-store', timeZone: 'Europe/Berlin', purchasedAt: '2026-03-01T23:30:00Z' },
 * ];
 * inputs.map((i) => { const d = agreementDate(i); return d.ok ? d.value.agreementDate : null; });
 * //=> ['2026-03-01', '2026-03-02']
 * ```
 *
 * @category Agreement
 */
export type AgreementInput = BundledPurchase | SeparatePurchase | CodeBinding;

/**
 * The date stated in the service agreement and the instant the plan starts.
 *
 * @example
 * ```ts
 * const d = agreementDate({ channel: 'dji-store-bundle', product: 'mavic-3', timeZone: 'America/Chicago', activatedAt: '2026-03-01T20:00:00Z' });
 * d.ok && d.value;
 * //=> { channel: 'dji-store-bundle', clause: 'DATE-BUNDLED', agreementDate: '2026-03-01',
 * //=>   startsAt: '2026-03-01T00:00:00.000-06:00', timeZone: 'America/Chicago' }
 * ```
 *
 * @category Agreement
 */
export interface Agreement {
  readonly channel: PurchaseChannel;
  /** The clause the date comes from. */
  readonly clause: ClauseId;
  readonly agreementDate: CalendarDate;
  /** 0:00 on the agreement date in `timeZone` (or the first instant of that day), ISO-8601 with offset. */
  readonly startsAt: string;
  readonly timeZone: TimeZone;
}

function agreement(channel: PurchaseChannel, clause: ClauseId, agreementDate: CalendarDate, zone: TimeZone): Agreement {
  return {
    channel,
    clause,
    agreementDate,
    startsAt: formatInstant(startOfLocalDay(agreementDate, zone), zone),
    timeZone: zone,
  };
}

function bundled(input: unknown, zone: TimeZone, terms: Terms): Decision<Agreement> {
  const i = readRecord(input, 'input', ['product', 'activatedAt', 'deliveredOn']);
  const product = requireProduct(i.product, terms, 'product');
  const activatedAt = i.activatedAt === undefined || i.activatedAt === null ? i.activatedAt : requireInstant(i.activatedAt, 'activatedAt');
  const deliveredOn = isNone(i.deliveredOn) ? undefined : requireLocalDay(i.deliveredOn, zone, 'deliveredOn');
  const autoDays = product.autoStartDaysAfterDelivery;
  const activationDate = typeof activatedAt === 'number' ? inputDateOf(activatedAt, zone, 'activatedAt') : undefined;
  const checks: CodedCheck[] = [];
  // What the agreement is when every check passes (DATE-BUNDLED unless the automatic start wins).
  let clause: ClauseId = 'DATE-BUNDLED';
  let date = activationDate;

  if (activatedAt === undefined) {
    checks.push(check('DATE-BUNDLED', false, 'date.bundled.activation-unknown', {}));
  }
  if (autoDays === undefined) {
    if (activatedAt === null) {
      checks.push(check('DATE-BUNDLED', false, 'date.bundled.not-activated', {}));
    } else if (activationDate !== undefined) {
      checks.push(check('DATE-BUNDLED', true, 'date.bundled.activation-date', { date: activationDate }));
    }
  } else if (deliveredOn === undefined) {
    // DATE-BUNDLED-OM: the plan starts on activation, or automatically N days after delivery,
    // whichever comes first; without the delivery date the first cannot be known.
    checks.push(check('DATE-BUNDLED-OM', false, 'date.bundled-om.delivery-needed', { productName: product.name, days: autoDays }));
  } else {
    // PERIOD-START: a day that never happened in the zone gives way to the next day that did.
    const autoDate = dayThatHappened(addCalendarDays(deliveredOn, autoDays), zone);
    if (activationDate !== undefined && activationDate < autoDate) {
      checks.push(check('DATE-BUNDLED', true, 'date.bundled.activated-before-auto-start', { autoStartDate: autoDate, activationDate }));
    } else if (activatedAt !== undefined) {
      requireInputYear(autoDate, 'deliveredOn', `a delivery date whose automatic start, ${autoDays} days later, is by 9899-12-31`);
      clause = 'DATE-BUNDLED-OM';
      date = autoDate;
      checks.push(
        check('DATE-BUNDLED-OM', true, 'date.bundled-om.auto-start', { days: autoDays, autoStartDate: autoDate, activationDate: activationDate ?? null }),
      );
    }
  }
  // Accepted only when a passing check fixed the date: `date` is then defined.
  return decide(checks, () => agreement('dji-store-bundle', clause, date as CalendarDate, zone), terms.edition);
}

/**
 * The agreement date of a plan and the instant it starts, from how it was bought.
 *
 * DATE-BUNDLED: bought with the product on the DJI Store, "the date stated in the service
 * agreement will be the activation date of the product". DATE-BUNDLED-OM: for DJI OM 5 and
 * the OM 4 series "not activated after purchase, DJI Care Refresh will automatically take
 * effect 45 days after the delivery date" (the earlier of activation and that day).
 * DATE-SEPARATE: bought separately, "the day of purchase". DATE-CODE: bound with an
 * activation code, "the day of binding". Each date is the local date in the given zone, and
 * the plan starts at its first instant (PERIOD-START).
 *
 * @param input - the channel and its facts, with an IANA time zone
 * @param options - `terms` to decide under (default: the source's); `messages`; `locale`, the
 * language of the words (default English), written in the agreement's zone
 * @returns accepted with the agreement, or refused when the date is not fixed yet (a bundled
 * product not activated) or a fact it needs is missing
 * @throws {@link InvalidInputError} for an unknown channel, product or zone, or a bad instant
 *
 * @example
 * ```ts
 * agreementDate({ channel: 'activation-code', timeZone: 'Europe/Berlin', boundAt: '2026-03-28T23:30:00Z' });
 * //=> { ok: true, value: { clause: 'DATE-CODE', agreementDate: '2026-03-29', startsAt: '2026-03-29T00:00:00.000+01:00', ... }, ... }
 * ```
 *
 * @example
 * ```ts
 * agreementDate({ channel: 'dji-store-bundle', product: 'om-5', timeZone: 'Asia/Tokyo', activatedAt: null, deliveredOn: '2026-01-10' });
 * //=> { ok: true, value: { clause: 'DATE-BUNDLED-OM', agreementDate: '2026-02-24', ... }, ... }
 * ```
 *
 * @category Agreement
 */
export function agreementDate<O extends RuleOptions = {}>(input: AgreementInput, options: O | null = {} as O): Texted<Decision<Agreement>, O> {
  const terms = termsOf(options);
  const i = readRecord(input, 'input', ['channel', 'timeZone']);
  const zone = requireTimeZone(i.timeZone, 'timeZone');
  // No plan yet: its words are written in the agreement's zone, for no region.
  return finish(decideAgreement(input, i.channel, zone, terms), options, { timeZone: zone });
}

function decideAgreement(input: AgreementInput, channel: unknown, zone: TimeZone, terms: Terms): Decision<Agreement> {
  switch (channel) {
    case 'dji-store-bundle':
      return bundled(input, zone, terms);
    case 'dji-online-store': {
      const date = inputDateOf(requireInstant(readRecord(input, 'input', ['purchasedAt']).purchasedAt, 'purchasedAt'), zone, 'purchasedAt');
      const checks = [check('DATE-SEPARATE', true, 'date.separate', { date })];
      return decide(checks, () => agreement('dji-online-store', 'DATE-SEPARATE', date, zone), terms.edition);
    }
    case 'activation-code': {
      const date = inputDateOf(requireInstant(readRecord(input, 'input', ['boundAt']).boundAt, 'boundAt'), zone, 'boundAt');
      const checks = [check('DATE-CODE', true, 'date.code', { date })];
      return decide(checks, () => agreement('activation-code', 'DATE-CODE', date, zone), terms.edition);
    }
    default:
      throw new InvalidInputError('channel', 'invalid-value', "expected 'dji-store-bundle', 'dji-online-store' or 'activation-code'", channel);
  }
}
