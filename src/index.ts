/**
 * dji-care-refresh: the rules of the DJI Care Refresh service plan as side-effect-free
 * functions and readonly values. Every decision names the clause of the spec it comes from.
 *
 * @module dji-care-refresh
 */
export { CLAUSES, CLAUSE_IDS, type ClauseId, isClauseId } from './clauses';
export { InvalidInputError, type InvalidInputCode } from './errors';
export { LIMITS, type Limits } from './limits';
export type {
  Accepted,
  CalendarDate,
  Check,
  CodedReason,
  Decision,
  InstantInput,
  NextStep,
  PlanTerm,
  Reason,
  ReasonText,
  Refused,
  RegionCode,
  Texted,
  TimeZone,
  WithoutText,
} from './types';
export type { Catalogue, Locale, MessageCode, MessageParams, MessageText, RenderContext } from './messages/codes';
export type { TextKey, TextParams, Texts } from './messages/texts';
export type { Glossary, GlossaryEntry, GlossaryTerm } from './locale/locale';
export { en } from './messages/en';
export { type RenderDecisionOptions, type RenderOptions } from './messages/render';
export type { LocaleInput } from './locale/locale';
export { renderDecision, renderStatus } from './messages/render-stored';
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
  SEED_SOURCE,
  requireProduct,
  resolveTerms,
  type CarePlusTerms,
  type FeeSchedule,
  type PlanTermTerms,
  type RuleOptions,
  type Terms,
} from './catalog/terms';
export {
  CURRENCY_MINOR_UNITS,
  MONEY_LIMITS,
  formatMoney,
  money,
  moneyFromJSON,
  sumMoney,
  type FormatMoneyOptions,
  type Money,
  type MoneyLiteral,
} from './money';
export { isInPeriod, type Period } from './time/period';
export {
  checkPurchaseEligibility,
  type EligibilityRoute,
  type PurchaseEligibility,
  type PurchaseEligibilityInput,
} from './eligibility';
export { localBuyBy, type LocalDeadline } from './local-deadline';
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
export type { TimelineOptions } from './timeline/layout';
export { timelineSvg, type TimelineSvgOptions } from './timeline/svg';
export { timelineText, type TimelineTextOptions } from './timeline/text';
export { ledgerFromJSON, planFromJSON } from './ledger/json';
export {
  SERVICE_EVENT_TYPES,
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
  planStatus,
  type CarePlusStatus,
  type PeriodStatus,
  type PlanStatus,
  type SafeFlightStatus,
} from './ledger/status';
export type { QuotaCount, ReplacementQuota, ServiceQuota } from './ledger/quotas';
export type { QuotaAnomaly } from './ledger/anomalies';
export type { FeeQuote, PublishedFee, UnpublishedFee } from './ledger/fees';
export {
  assessReplacement,
  type DamageClaim,
  type ExpressOption,
  type FlyawayClaim,
  type ReplacementAssessment,
  type ReplacementClaim,
  type ShippingTerms,
} from './ledger/replacement';
export { assessDiscountedRepair, type DiscountCap, type RepairAssessment, type RepairClaim } from './ledger/repair';
export { assessMaintenance, type MaintenanceAssessment, type MaintenanceRequest } from './ledger/maintenance';
export { checkFlyaway } from './flyaway/check-flyaway';
export type { FlyawayEligibility, FlyawayIncident } from './flyaway/checks';
export type { AccountBinding, BindingPeriod, ControllerBinding } from './flyaway/bindings';
export type { Remaining } from './ledger/windows';
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
export { statusFromJSON } from './json/status';
export { decisionFromJSON } from './json/decision';
