/**
 * Where service is given: USE-INTERNATIONAL.
 *
 * @module
 */
import { requireRegion } from './catalog/regions';
import { type RuleOptions, type Terms, termsOf } from './catalog/terms';
import { type CodedCheck, check, decide } from './decision';
import { finish } from './messages/render';
import type { Plan } from './plan';
import { type ValidPlan, resolvePlan } from './ledger/valid-plan';
import type { Decision, RegionCode, Texted } from './types';
import { isNone, readRecord, requireOneOf } from './validate';
import type { LocatedService, ProofOfPurchase } from './location-types';

export type { LocatedService, ProofOfPurchase } from './location-types';

/**
 * A request for service in a country or region.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const request: ServiceLocationRequest = { service: 'discounted-repair', region: 'CA' };
 * const d = checkServiceLocation(plan, request);
 * d.ok ? [] : d.reasons;
 * //=> [{ clause: 'USE-INTERNATIONAL', message: 'For DJI Mavic 3 the service is only available in US, where the plan was bought.', expected: 'US', received: 'CA', ... }]
 * ```
 *
 * @category Location
 */
export interface ServiceLocationRequest {
  readonly service: LocatedService;
  /** Where the service centre is (ISO 3166-1 alpha-2). */
  readonly region: RegionCode;
  /** Needed for service outside the plan's region; `null` or leaving it out there is "not given". */
  readonly proofOfPurchase?: ProofOfPurchase | null;
}

/**
 * Where the service can be given.
 *
 * @example
 * ```ts
 * const om5: Plan = { product: 'om-5', serial: 'H1', term: '1y', region: 'JP', timeZone: 'Asia/Tokyo', agreementDate: '2026-03-01' };
 * const d = checkServiceLocation(om5, { service: 'replacement', region: 'FR', proofOfPurchase: 'authorised' });
 * d.ok && d.value; //=> { region: 'FR', scope: 'worldwide', clause: 'USE-INTERNATIONAL' }
 * ```
 *
 * @category Location
 */
export interface ServiceLocation {
  readonly region: RegionCode;
  /** `'plan-region'`: the country or region where the plan was bought; `'worldwide'`: international coverage. */
  readonly scope: 'plan-region' | 'worldwide';
  readonly clause: 'USE-INTERNATIONAL';
}

const SERVICES: readonly LocatedService[] = ['replacement', 'extended-warranty', 'discounted-repair', 'maintenance'];
const PROOFS: readonly ProofOfPurchase[] = ['official', 'authorised', 'other', 'none'];
const GLOBAL: readonly LocatedService[] = ['replacement', 'extended-warranty'];

/**
 * Whether a service can be given in a country or region.
 *
 * USE-INTERNATIONAL: "DJI Care Refresh provides international coverage to DJI Action 2, DJI OM
 * Series, DJI RS 2, DJI RSC 2 and DJI Pocket 2. For the supported products which purchased from
 * DJI official stores or any other authorized channels with a valid proof of purchase, you can
 * apply the replacement service and extended warranty service at any of the global DJI official
 * or authorized repair centers ... For other products, the service is only available in the
 * country or region where the DJI Care Refresh was purchased." So: in the plan's region, every
 * service; elsewhere, only replacement and extended warranty, only for those products, only with
 * proof of purchase from an official or authorised channel.
 *
 * @param plan - the plan (its product and region)
 * @param request - the service, where, and the proof of purchase
 * @param options - `terms` to decide under (default: the source's); `messages`; `locale`, the
 * language of the words (default English), written for the plan's region and zone
 * @returns accepted with the scope, or refused with every failing condition
 * @throws {@link InvalidInputError} for a bad plan, unknown service, region or proof kind
 *
 * @example
 * ```ts
 * const om5 = { product: 'om-5', serial: 'H1', term: '1y', region: 'JP', timeZone: 'Asia/Tokyo', agreementDate: '2026-03-01' };
 * checkServiceLocation(om5, { service: 'replacement', region: 'FR', proofOfPurchase: 'authorised' });
 * //=> { ok: true, value: { region: 'FR', scope: 'worldwide', clause: 'USE-INTERNATIONAL' }, ... }
 * const mavic = { ...om5, product: 'mavic-3', region: 'US', timeZone: 'America/New_York' };
 * const d = checkServiceLocation(mavic, { service: 'replacement', region: 'CA', proofOfPurchase: 'official' });
 * d.ok ? [] : d.reasons.map((r) => r.clause); //=> ['USE-INTERNATIONAL']
 * ```
 *
 * @category Location
 */
export function checkServiceLocation<O extends RuleOptions = {}>(
  plan: Plan,
  request: ServiceLocationRequest,
  options: O | null = {} as O,
): Texted<Decision<ServiceLocation>, O> {
  const terms = termsOf(options);
  const vp = resolvePlan(plan, terms);
  return finish(decideLocation(vp, terms, request), options, vp.plan);
}

function decideLocation(vp: ValidPlan, terms: Terms, request: ServiceLocationRequest): Decision<ServiceLocation> {
  const r = readRecord(request, 'request', ['service', 'region', 'proofOfPurchase']);
  const service = requireOneOf(r.service, 'request.service', SERVICES);
  const region = requireRegion(r.region, 'request.region');
  const proof = isNone(r.proofOfPurchase) ? undefined : requireOneOf(r.proofOfPurchase, 'request.proofOfPurchase', PROOFS);
  const home = vp.plan.region;
  const product = vp.product;
  const checks: CodedCheck[] = [];
  if (region === home) {
    checks.push(check('USE-INTERNATIONAL', true, 'location.plan-region', { region }));
    return decide(checks, () => ({ region, scope: 'plan-region' as const, clause: 'USE-INTERNATIONAL' as const }), terms.edition);
  }
  const international = product.services.internationalService;
  checks.push(
    international
      ? check('USE-INTERNATIONAL', true, 'location.international', { productName: product.name, region })
      : check('USE-INTERNATIONAL', false, 'location.plan-region-only', { productName: product.name, home, region }),
  );
  if (international) {
    const global = GLOBAL.includes(service);
    checks.push(
      global
        ? check('USE-INTERNATIONAL', true, 'location.service-worldwide', { service })
        : check('USE-INTERNATIONAL', false, 'location.service-plan-region-only', { service, home }),
      proof === undefined
        ? check('USE-INTERNATIONAL', false, 'location.proof-needed', {})
        : proof === 'official' || proof === 'authorised'
          ? check('USE-INTERNATIONAL', true, 'location.proof-accepted', { proof })
          : check('USE-INTERNATIONAL', false, 'location.proof-refused', { proof }),
    );
  }
  return decide(checks, () => ({ region, scope: 'worldwide' as const, clause: 'USE-INTERNATIONAL' as const }), terms.edition);
}
