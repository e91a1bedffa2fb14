/**
 * The input limits: every text, list and record a caller passes is refused past one of these
 * sizes with an {@link InvalidInputError}, before the library walks it, so the library's own
 * work stays bounded in time and memory whatever it is given (SECURITY.md lists them). Money
 * amounts and time-zone names have their own limits, in `money.ts` and `time/zone.ts`.
 *
 * A later input (a message catalogue, a revived status, a locale) takes the limit of its
 * class: short identifiers `idLength`, free text `textLength`, sentences `messageLength`, lists `listLength` (ledger-sized
 * lists `ledgerEvents`), records keyed by the caller `recordKeys`.
 *
 * @module
 */

/**
 * The size limits of every input, as one frozen value.
 *
 * - `serialLength`: characters of a serial number (plans, events, claims, rebinds, bindings).
 * - `idLength`: characters of an identifier or code: a product id, a region, a currency, an
 *   enumerated value (term, channel, event type), a period kind, a label key.
 * - `textLength`: characters of free text the caller gives: a terms edition, a product name,
 *   a fee's source label, a timeline title or label, an account or controller name.
 * - `messageLength`: characters of a sentence: a reason's message in a revived status (the
 *   library's own messages embed a few texts); later, a message of a caller catalogue.
 * - `listLength`: entries of a list other than a ledger: `terms.fees`, a fee schedule's
 *   ordinals, region lists, binding lists, timeline `periods`, the reasons of a status.
 * - `ledgerEvents`: events of a ledger, and every list as long as one (a status's
 *   `formerSerials`, its anomalies): at least 1,000,000, the support-scale benchmark reads 100,000.
 * - `recordKeys`: keys of a record keyed by the caller: `terms.products`, timeline `labels`;
 *   later, the entries of a message catalogue.
 * - `timelinePeriods`: the periods of one timeline (a plan has at most eight), so that a
 *   drawing stays bounded: each label a caller's locale gives a timeline is at most `textLength`.
 *
 * @example
 * ```ts
 * LIMITS.serialLength; //=> 64
 * LIMITS.ledgerEvents; //=> 1_000_000
 * Object.isFrozen(LIMITS); //=> true
 * planStatus({ ...plan, serial: 'X'.repeat(1_000_000) }, [], at);
 * // throws InvalidInputError (code 'too-large', field 'plan.serial'); the message quotes 57 characters
 * ```
 *
 * @category Errors
 */
export const LIMITS = Object.freeze({
  serialLength: 64,
  idLength: 64,
  textLength: 1000,
  messageLength: 10_000,
  listLength: 10_000,
  ledgerEvents: 1_000_000,
  recordKeys: 10_000,
  timelinePeriods: 1000,
} as const);

/**
 * The size limits of every input; see {@link LIMITS}.
 *
 * @example
 * ```ts
 * const limits: Limits = LIMITS;
 * limits.textLength; //=> 1000
 * ```
 *
 * @category Errors
 */
export type Limits = typeof LIMITS;
