/**
 * The ledger rules in one import, for callers inside the repository (`bench/`) that import
 * `src/ledger`: the plan's status (`status.ts`) and one module per claim kind
 * (`replacement.ts`, `repair.ts`, `maintenance.ts`). Re-exports only; the package's entry is
 * `src/index.ts`.
 *
 * @module
 */
export { planStatus } from './status';
export { assessReplacement } from './replacement';
export { assessDiscountedRepair } from './repair';
export { assessMaintenance } from './maintenance';
