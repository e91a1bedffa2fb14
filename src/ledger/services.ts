/**
 * Which services a model has, said once: the check a claim makes (SVC-REPLACE-DAMAGE,
 * FLY-MODEL for SVC-REPLACE-FLYAWAY, SVC-REPAIR-DISCOUNT, SVC-MAINTENANCE) and the name the
 * ledger fold uses to refuse an event for a service the model lacks.
 *
 * @module
 */
import type { ClauseId } from '../clauses';
import type { Product, ProductServices } from '../catalog/products';
import { check } from '../decision';
import type { Check } from '../types';

/** A service a claim or a ledger event uses. */
export type ClaimedService = 'damageReplacement' | 'flyawayReplacement' | 'repairDiscount' | 'maintenance';

interface ServiceText {
  /** The clause of the claim's check. */
  readonly clause: ClauseId;
  /** What the model has: "<model> has <has>." */
  readonly has: string;
  /** What is missing: "<missing> not offered for <model>." */
  readonly missing: string;
  readonly expected: string;
  /** The clause and the name the ledger fold cites for an event of a service the model lacks. */
  readonly ledgerClause: ClauseId;
  readonly ledgerName: string;
}

const MAVIC_3 = 'DJI Mavic 3 or Mavic 3 Cine';

/** The services of {@link ClaimedService}, with their clauses and words. */
export const SERVICES: Readonly<Record<ClaimedService, ServiceText>> = {
  damageReplacement: {
    clause: 'SVC-REPLACE-DAMAGE',
    has: 'damage replacement',
    missing: 'Damage replacement is',
    expected: 'a model with damage replacement',
    ledgerClause: 'SVC-REPLACE-DAMAGE',
    ledgerName: 'damage replacement',
  },
  flyawayReplacement: {
    clause: 'FLY-MODEL',
    has: 'flyaway replacement',
    missing: 'Flyaway replacement is',
    expected: 'DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 or Mini SE',
    ledgerClause: 'SVC-REPLACE-FLYAWAY',
    ledgerName: 'flyaway replacement',
  },
  repairDiscount: {
    clause: 'SVC-REPAIR-DISCOUNT',
    has: 'exclusive repair discounts',
    missing: 'Exclusive repair discounts are',
    expected: MAVIC_3,
    ledgerClause: 'SVC-REPAIR-DISCOUNT',
    ledgerName: 'discounted repair',
  },
  maintenance: {
    clause: 'SVC-MAINTENANCE',
    has: 'factory maintenance',
    missing: 'Factory maintenance is',
    expected: MAVIC_3,
    ledgerClause: 'SVC-MAINTENANCE',
    ledgerName: 'factory maintenance',
  },
};

/** Whether the model has a service, as the check of a claim for it. */
export function serviceCheck(product: Product, service: ClaimedService): Check {
  const has = (product.services as ProductServices)[service];
  const s = SERVICES[service];
  return check(s.clause, has, has ? `${product.name} has ${s.has}.` : `${s.missing} not offered for ${product.name}.`, s.expected, product.name);
}
