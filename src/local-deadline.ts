/**
 * The purchase deadline of an eligibility decision (`buyBy`, ELIG-48H, ELIG-30D, ELIG-VERIFY)
 * as a local date and time in the storefront's zone (TIME-ZONE).
 *
 * A module of its own so that the eligibility check alone stays small: the zone code (the tz
 * database's names, the offsets read from `Intl`) is bundled only by a storefront that shows
 * the local deadline.
 *
 * @module
 */
import type { PurchaseEligibility } from './eligibility';
import { requireInstant } from './time/instant';
import { requireTimeZone } from './time/zone';
import { formatInstant } from './time/zoned';
import type { CalendarDate, TimeZone } from './types';
import { isNone, readRecord } from './validate';

/**
 * A deadline as a local date and time in an IANA zone.
 *
 * @example
 * ```ts
 * const d = checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'DE', planRegion: 'DE', purchaseAt: '2026-03-06T09:00:00Z',
 *   activatedAt: '2026-03-01T10:00:00Z', verificationNoticeAt: '2026-03-05T09:00:00Z', previouslyBound: false });
 * const local: LocalDeadline | null = d.ok ? localBuyBy(d.value, 'Europe/Berlin') : null;
 * local; //=> { at: '2026-03-08T10:00:00.000+01:00', date: '2026-03-08', time: '10:00:00', timeZone: 'Europe/Berlin' }
 * ```
 *
 * @category Eligibility
 */
export interface LocalDeadline {
  /** The instant, ISO-8601 with the zone's offset at it, e.g. `'2026-03-08T10:00:00.000+01:00'`. */
  readonly at: string;
  /** The local date, `YYYY-MM-DD`. */
  readonly date: CalendarDate;
  /** The local time of day, `HH:MM:SS` (24-hour clock). */
  readonly time: string;
  /** The zone, as the caller spelled it. */
  readonly timeZone: TimeZone;
}

/**
 * An accepted eligibility's deadline (`buyBy`, the last instant at which the plan can still be
 * bought on its route: 48 hours or 30 days after activation, ELIG-48H / ELIG-30D, or 72 hours
 * after the purchasing notice, ELIG-VERIFY) as a local date and time in `timeZone`, for a
 * storefront that works in a local zone. `null` when there is no deadline (ELIG-NEW). The
 * deadline itself is the rule's, unchanged: only its wording in the zone is added.
 *
 * @param eligibility - the `value` of an accepted {@link checkPurchaseEligibility} decision
 * (only its `buyBy` is read), as returned or as parsed from JSON
 * @param timeZone - the storefront's IANA zone, spelled as in the tz database
 * @returns the deadline in the zone, or `null` for a product with no deadline
 * @throws {@link InvalidInputError} for an unknown zone (`timeZone`) or a `buyBy` that is not
 * an instant (`eligibility.buyBy`)
 *
 * @example
 * ```ts
 * const d = checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-02T10:00:00Z',
 *   activatedAt: '2026-03-01T14:00:00Z', previouslyBound: false });
 * d.ok && d.value.buyBy;                                    //=> '2026-03-03T14:00:00.000Z'
 * d.ok && localBuyBy(d.value, 'America/Chicago');
 * //=> { at: '2026-03-03T08:00:00.000-06:00', date: '2026-03-03', time: '08:00:00', timeZone: 'America/Chicago' }
 * localBuyBy({ ...(d.ok ? d.value : {}), buyBy: null } as PurchaseEligibility, 'Asia/Tokyo'); //=> null (a new product)
 * ```
 *
 * @category Eligibility
 */
export function localBuyBy(eligibility: PurchaseEligibility, timeZone: TimeZone): LocalDeadline | null {
  const { buyBy } = readRecord(eligibility, 'eligibility', ['buyBy']);
  const zone = requireTimeZone(timeZone, 'timeZone');
  if (isNone(buyBy)) return null;
  const at = formatInstant(requireInstant(buyBy, 'eligibility.buyBy'), zone);
  return { at, date: at.slice(0, 10), time: at.slice(11, 19), timeZone: zone };
}
