/**
 * dji-care-refresh: the rules of the DJI Care Refresh service plan as side-effect-free
 * functions and readonly values. Every decision names the clause of the spec it comes from.
 *
 * @module
 */
export { CLAUSES, CLAUSE_IDS, type ClauseId, isClauseId } from './clauses';
export { InvalidInputError, type InvalidInputCode } from './errors';
export type {
  Accepted,
  CalendarDate,
  Check,
  Decision,
  InstantInput,
  NextStep,
  PlanTerm,
  Reason,
  Refused,
  RegionCode,
  TimeZone,
} from './types';
export {
  PRODUCTS,
  type KnownProductId,
  type Product,
  type ProductCategory,
  type ProductId,
  type ProductServices,
} from './catalog/products';
export { AVAILABLE_REGIONS, EU_MEMBER_STATES, EUROPEAN_REGIONS, isRegionCode } from './catalog/regions';
export { LISTINGS, MAVIC_3_LISTING, findListing, type Listing } from './catalog/listing';
export {
  DEFAULT_TERMS,
  requireProduct,
  resolveTerms,
  type CarePlusTerms,
  type FeeSchedule,
  type PlanTermTerms,
  type RuleOptions,
  type Terms,
} from './catalog/terms';
export { formatMoney, money, sumMoney, type Money, type MoneyLiteral } from './money';
export { isInPeriod, type Period } from './time/period';
export {
  checkPurchaseEligibility,
  type EligibilityRoute,
  type PurchaseEligibility,
  type PurchaseEligibilityInput,
} from './eligibility';
export {
  agreementDate,
  type Agreement,
  type AgreementInput,
  type BundledPurchase,
  type CodeBinding,
  type PurchaseChannel,
  type SeparatePurchase,
} from './agreement';
export { coveragePeriods, periodList, type CoveragePeriods, type CoveragePeriodsInput } from './periods';
