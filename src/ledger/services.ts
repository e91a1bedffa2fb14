/**
 * Which services a model has, said once: the check a claim makes (SVC-REPLACE-DAMAGE,
 * FLY-MODEL for SVC-REPLACE-FLYAWAY, SVC-REPAIR-DISCOUNT, SVC-MAINTENANCE) and the name the
 * ledger fold uses to refuse an event for a service the model lacks.
 *
 * @module
 */
import type { ClauseId } from '../clauses';
import type { Product, ProductServices } from '../catalog/products';
import { type CodedCheck, check } from '../decision';

/** A service a claim or a ledger event uses. */
export type ClaimedService = 'damageReplacement' | 'flyawayReplacement' | 'repairDiscount' | 'maintenance';

/** The message codes of a claim's service check (their params: the product's name). */
type ServiceCode =
  | 'replace.damage.offered'
  | 'replace.damage.not-offered'
  | 'fly.model.offered'
  | 'fly.model.not-offered'
  | 'repair.offered'
  | 'repair.not-offered'
  | 'maintenance.offered'
  | 'maintenance.not-offered';

interface ServiceText {
  /** The clause of the claim's check. */
  readonly clause: ClauseId;
  /** The code of the check when the model has the service, and when it lacks it. */
  readonly offered: ServiceCode;
  readonly notOffered: ServiceCode;
  /** The clause and the name the ledger fold cites for an event of a service the model lacks. */
  readonly ledgerClause: ClauseId;
  readonly ledgerName: string;
}

/** The services of {@link ClaimedService}, with their clauses and codes. */
export const SERVICES: Readonly<Record<ClaimedService, ServiceText>> = {
  damageReplacement: {
    clause: 'SVC-REPLACE-DAMAGE',
    offered: 'replace.damage.offered',
    notOffered: 'replace.damage.not-offered',
    ledgerClause: 'SVC-REPLACE-DAMAGE',
    ledgerName: 'damage replacement',
  },
  flyawayReplacement: {
    clause: 'FLY-MODEL',
    offered: 'fly.model.offered',
    notOffered: 'fly.model.not-offered',
    ledgerClause: 'SVC-REPLACE-FLYAWAY',
    ledgerName: 'flyaway replacement',
  },
  repairDiscount: {
    clause: 'SVC-REPAIR-DISCOUNT',
    offered: 'repair.offered',
    notOffered: 'repair.not-offered',
    ledgerClause: 'SVC-REPAIR-DISCOUNT',
    ledgerName: 'discounted repair',
  },
  maintenance: {
    clause: 'SVC-MAINTENANCE',
    offered: 'maintenance.offered',
    notOffered: 'maintenance.not-offered',
    ledgerClause: 'SVC-MAINTENANCE',
    ledgerName: 'factory maintenance',
  },
};

/** Whether the model has a service, as the check of a claim for it (params: the model's name). */
export function serviceCheck(product: Product, service: ClaimedService): CodedCheck {
  const has = (product.services as ProductServices)[service];
  const s = SERVICES[service];
  return check(s.clause, has, has ? s.offered : s.notOffered, { productName: product.name });
}
