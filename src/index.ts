/**
 * dji-care-refresh: the rules of the DJI Care Refresh service plan as side-effect-free
 * functions and readonly values. Every decision names the clause of the spec it comes from.
 *
 * @module
 */
export { CLAUSES, CLAUSE_IDS, type ClauseId, isClauseId } from './clauses';
export { InvalidInputError, type InvalidInputCode } from './errors';
export { LIMITS, type Limits } from './limits';
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
export {
  timelineSvg,
  timelineText,
  type TimelineOptions,
  type TimelineSvgOptions,
  type TimelineTextOptions,
} from './timeline';
export {
  SERVICE_EVENT_TYPES,
  ledgerFromJSON,
  planFromJSON,
  type CareRefreshPlusEvent,
  type DamageReplacementEvent,
  type DiscountedRepairEvent,
  type FactoryMaintenanceEvent,
  type FlyawayReplacementEvent,
  type Plan,
  type RebindEvent,
  type ServiceEvent,
  type ServiceEventType,
  type WarrantyRepairEvent,
} from './plan';
export {
  assessDiscountedRepair,
  assessMaintenance,
  assessReplacement,
  planStatus,
  type CarePlusStatus,
  type DamageClaim,
  type DiscountCap,
  type ExpressOption,
  type FeeQuote,
  type FlyawayClaim,
  type MaintenanceAssessment,
  type MaintenanceRequest,
  type PeriodStatus,
  type PlanStatus,
  type PublishedFee,
  type QuotaCount,
  type RepairAssessment,
  type RepairClaim,
  type ReplacementAssessment,
  type ReplacementClaim,
  type ReplacementQuota,
  type SafeFlightStatus,
  type ServiceQuota,
  type ShippingTerms,
  type UnpublishedFee,
} from './ledger';
export {
  checkFlyaway,
  type AccountBinding,
  type BindingPeriod,
  type ControllerBinding,
  type FlyawayEligibility,
  type FlyawayIncident,
} from './flyaway';
export type { Remaining } from './plan-state';
export { safeFlightReward, type SafeFlightReward } from './safe-flight';
export {
  applyCareRefreshPlus,
  checkCareRefreshPlus,
  rebindAfterReplacement,
  type CarePlusApplied,
  type CarePlusOffer,
  type Rebinding,
  type RebindRequest,
} from './renewal';
export {
  checkServiceLocation,
  type LocatedService,
  type ProofOfPurchase,
  type ServiceLocation,
  type ServiceLocationRequest,
} from './location';
export { describePlan, type DescribePlanOptions } from './describe';
