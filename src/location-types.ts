/**
 * The shapes of a service-location request: the service asked for at a repair centre and where
 * the proof of purchase comes from. Types only; `src/location.ts` re-exports them, and the
 * message params (`src/messages/codes.ts`) name them.
 *
 * @module
 */

/**
 * A service the plan gives at a repair centre.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const service: LocatedService = 'maintenance';
 * const d = checkServiceLocation(plan, { service, region: 'US' });
 * d.ok && d.value; //=> { region: 'US', scope: 'plan-region', clause: 'USE-INTERNATIONAL' }
 * ```
 *
 * @category Location
 */
export type LocatedService = 'replacement' | 'extended-warranty' | 'discounted-repair' | 'maintenance';

/**
 * Where the proof of purchase comes from: a DJI official store, an authorised channel, another
 * channel, or none.
 *
 * @example
 * ```ts
 * const om5: Plan = { product: 'om-5', serial: 'H1', term: '1y', region: 'JP', timeZone: 'Asia/Tokyo', agreementDate: '2026-03-01' };
 * const proof: ProofOfPurchase = 'other';
 * const d = checkServiceLocation(om5, { service: 'replacement', region: 'FR', proofOfPurchase: proof });
 * d.ok ? [] : d.reasons.map((r) => r.message);
 * //=> ['International service needs a valid proof of purchase from a DJI official store or an authorised channel.']
 * ```
 *
 * @category Location
 */
export type ProofOfPurchase = 'official' | 'authorised' | 'other' | 'none';
