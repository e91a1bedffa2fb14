/**
 * Tests written to kill mutants that survived Stryker in the ledger modules (plan.ts,
 * plan-state.ts, ledger.ts, flyaway.ts, safe-flight.ts, renewal.ts, location.ts), describe.ts
 * and timeline.ts (issue 5). Most surviving mutants there replaced the wording of a check
 * (message, expected, received) with "" or flipped a condition that only chose between two
 * wordings: the tests below pin the whole trace of each decision, every line read against the
 * clause it cites. The comments name the mutants each test kills; the survivors found
 * equivalent are listed in notes/survivors.md with why.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TERMS,
  type Decision,
  type FeeQuote,
  type PlanStatus,
  InvalidInputError,
  type Plan,
  type ServiceEvent,
  type Terms,
  applyCareRefreshPlus,
  assessDiscountedRepair,
  assessMaintenance,
  assessReplacement,
  checkCareRefreshPlus,
  checkFlyaway,
  checkServiceLocation,
  describePlan,
  ledgerFromJSON,
  planStatus,
  rebindAfterReplacement,
  safeFlightReward,
  timelineSvg,
  timelineText,
} from '../src/index';
import type { Period } from '../src/time/period';
import { addCalendarMonths, localDateOf } from '../src/time/zoned';
import { MAVIC_1Y, MAVIC_2Y, damage, flyaway, flyawayFacts, plus, rebind, repair, warranty } from './fixtures/plans';

const OM5: Plan = { ...MAVIC_1Y, product: 'om-5', serial: 'OM-0001', region: 'JP', timeZone: 'Asia/Tokyo' };
const ACTION2: Plan = { ...MAVIC_1Y, product: 'action-2', serial: 'AC-0001' };
const MINI2: Plan = { ...MAVIC_1Y, product: 'mini-2', serial: 'MN-0001' };
const MAVIC_DE: Plan = { ...MAVIC_1Y, region: 'DE', timeZone: 'Europe/Berlin' };

/** Every check of a decision as one line: pass/FAIL, clause, message, expected, received. */
function trace(d: Decision<unknown>): string[] {
  return d.trace.map(
    (c) =>
      `${c.passed ? 'pass' : 'FAIL'} ${c.clause}: ${c.message}` +
      `${c.expected === undefined ? '' : ` | expected: ${c.expected}`}` +
      `${c.received === undefined ? '' : ` | received: ${c.received}`}`,
  );
}

function errorOf(call: () => unknown): InvalidInputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

function valueOf<T>(d: Decision<T>): T {
  if (!d.ok) throw new Error(`refused: ${JSON.stringify(d.reasons)}`);
  return d.value;
}

describe('PLUS-ELIGIBLE', () => {
  // Kills the StringLiteral / ConditionalExpression mutants of carePlusChecks' wording
  // (plan-state.ts): each message, expected and received, for either side of each check.
  it('words every Care Refresh+ condition when it can be bought', () => {
    expect(trace(checkCareRefreshPlus(MAVIC_1Y, [], '2026-06-01T00:00:00Z'))).toMatchInlineSnapshot(`
      [
        "pass PLUS-NOT-2Y: The plan is a 1-year plan. | expected: a 1-year plan | received: a 1-year plan",
        "pass PLUS-ELIGIBLE: The plan has not expired. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "pass PLUS-ELIGIBLE: 2 replacements are left. | expected: at least one replacement left | received: 2 left",
        "pass PLUS-EFFECT: DJI Care Refresh+ has not been bought for this plan yet. | expected: not bought before | received: not bought",
      ]
    `);
    // "1 replacement is left" (singular) after one replacement.
    expect(trace(checkCareRefreshPlus(MAVIC_1Y, [damage('2026-04-01T00:00:00Z')], '2026-06-01T00:00:00Z'))).toMatchInlineSnapshot(`
      [
        "pass PLUS-NOT-2Y: The plan is a 1-year plan. | expected: a 1-year plan | received: a 1-year plan",
        "pass PLUS-ELIGIBLE: The plan has not expired. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "pass PLUS-ELIGIBLE: 1 replacement is left. | expected: at least one replacement left | received: 1 left",
        "pass PLUS-EFFECT: DJI Care Refresh+ has not been bought for this plan yet. | expected: not bought before | received: not bought",
      ]
    `);
  });

  it('words every failing condition: a 2-year plan before it starts', () => {
    expect(trace(checkCareRefreshPlus(MAVIC_2Y, [], '2026-02-01T00:00:00Z'))).toMatchInlineSnapshot(`
      [
        "FAIL PLUS-NOT-2Y: DJI Care Refresh+ is not sold for a 2-year plan. | expected: a 1-year plan | received: a 2-year plan",
        "FAIL PLUS-ELIGIBLE: The plan has not taken effect yet; it starts on 2026-03-01. | expected: between 2026-03-01 and 2028-02-29 | received: 2026-02-01",
        "pass PLUS-ELIGIBLE: 3 replacements are left. | expected: at least one replacement left | received: 3 left",
        "pass PLUS-EFFECT: DJI Care Refresh+ has not been bought for this plan yet. | expected: not bought before | received: not bought",
      ]
    `);
  });

  // Kills `ms >= vp.startMs` → `ms > vp.startMs` and `ms < vp.termEndMs` → `ms <= vp.termEndMs`.
  it('is in force from the first instant of the plan to the last, not at the end', () => {
    expect(checkCareRefreshPlus(MAVIC_1Y, [], '2026-03-01T00:00:00Z').ok).toBe(true);
    expect(checkCareRefreshPlus(MAVIC_1Y, [], '2027-02-28T23:59:59.999Z').ok).toBe(true);
    expect(trace(checkCareRefreshPlus(MAVIC_1Y, [damage('2026-04-01T00:00:00Z'), flyaway('2026-05-01T00:00:00Z')], '2027-03-01T00:00:00Z'))).toMatchInlineSnapshot(`
      [
        "pass PLUS-NOT-2Y: The plan is a 1-year plan. | expected: a 1-year plan | received: a 1-year plan",
        "FAIL PLUS-ELIGIBLE: The plan expired at the end of 2027-02-28. | expected: between 2026-03-01 and 2027-02-28 | received: 2027-03-01",
        "FAIL PLUS-ELIGIBLE: No replacement is left on the plan. | expected: at least one replacement left | received: 0 left",
        "pass PLUS-EFFECT: DJI Care Refresh+ has not been bought for this plan yet. | expected: not bought before | received: not bought",
      ]
    `);
  });

  it('words a second purchase', () => {
    expect(trace(checkCareRefreshPlus(MAVIC_1Y, [plus('2026-05-01T00:00:00Z')], '2026-06-01T00:00:00Z'))).toMatchInlineSnapshot(`
      [
        "pass PLUS-NOT-2Y: The plan is a 1-year plan. | expected: a 1-year plan | received: a 1-year plan",
        "pass PLUS-ELIGIBLE: The plan has not expired. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "pass PLUS-ELIGIBLE: 2 replacements are left. | expected: at least one replacement left | received: 2 left",
        "FAIL PLUS-EFFECT: DJI Care Refresh+ was already bought for this plan on 2026-05-01; it can be bought once. | expected: not bought before | received: bought on 2026-05-01",
      ]
    `);
  });

  // Kills the mutants of the ledger's Care Refresh+ refusal message (plan-state.ts `fold`).
  it('names every failing condition when a ledger holds a Care Refresh+ that could not be bought', () => {
    const e = errorOf(() => ledgerFromJSON([plus('2027-03-02T00:00:00Z')], MAVIC_1Y));
    expect({ field: e.field, code: e.code, message: e.message }).toMatchInlineSnapshot(`
      {
        "code": "invalid-ledger",
        "field": "events[0]",
        "message": "Invalid events[0]: DJI Care Refresh+ could not be bought then: The plan expired at the end of 2027-02-28. (PLUS-ELIGIBLE) (received "2027-03-02T00:00:00Z").",
      }
    `);
  });

  it('offers the renewal year with what it adds, and applies it to a new ledger', () => {
    const offer = valueOf(checkCareRefreshPlus(MAVIC_DE, [damage('2026-04-01T00:00:00Z')], '2026-06-01T00:00:00Z'));
    expect(offer).toMatchInlineSnapshot(`
      {
        "damageReplacements": 1,
        "firstYearLeft": 1,
        "flyawayReplacements": 0,
        "renewal": {
          "clause": "PLUS-EFFECT",
          "end": "2028-03-01T00:00:00.000+01:00",
          "endDate": "2028-03-01",
          "kind": "care-refresh-plus",
          "lastDate": "2028-02-29",
          "start": "2027-03-01T00:00:00.000+01:00",
          "startDate": "2027-03-01",
          "timeZone": "Europe/Berlin",
        },
        "safeFlight": {
          "clause": "PERIOD-SAFE-FLIGHT",
          "end": "2030-03-01T00:00:00.000+01:00",
          "endDate": "2030-03-01",
          "kind": "safe-flight",
          "lastDate": "2030-02-28",
          "start": "2029-03-01T00:00:00.000+01:00",
          "startDate": "2029-03-01",
          "timeZone": "Europe/Berlin",
        },
        "warrantyExtension": {
          "clause": "PLUS-EFFECT",
          "end": "2029-03-01T00:00:00.000+01:00",
          "endDate": "2029-03-01",
          "kind": "care-refresh-plus-warranty",
          "lastDate": "2029-02-28",
          "start": "2028-03-01T00:00:00.000+01:00",
          "startDate": "2028-03-01",
          "timeZone": "Europe/Berlin",
        },
      }
    `);
    const applied = valueOf(applyCareRefreshPlus(MAVIC_1Y, [], '2026-06-01T00:00:00Z'));
    expect({ event: applied.event, events: applied.events }).toMatchInlineSnapshot(`
      {
        "event": {
          "at": "2026-06-01T00:00:00.000+00:00",
          "serial": "M3-0001",
          "type": "care-refresh-plus",
        },
        "events": [
          {
            "at": "2026-06-01T00:00:00.000+00:00",
            "serial": "M3-0001",
            "type": "care-refresh-plus",
          },
        ],
      }
    `);
  });
});

describe('SVC-SAFE-FLIGHT', () => {
  // Kills the StringLiteral mutants of safeFlightState: the not-offered check.
  it('words a product without the reward', () => {
    const d = safeFlightReward(OM5, [], '2027-06-01T00:00:00Z');
    expect(trace(d)).toMatchInlineSnapshot(`
      [
        "FAIL SVC-SAFE-FLIGHT: The Safe Flight reward is not offered for DJI OM 5. | expected: DJI Mavic 3, Mavic 3 Cine or Action 2 | received: DJI OM 5",
      ]
    `);
    expect(d.ok ? [] : d.nextSteps).toEqual([]);
  });

  // Kills the pending wording, the next step's message, and `ms >= endMs` → `ms > endMs`.
  it('is pending until the validity ends, and earned from its first instant', () => {
    const pending = safeFlightReward(MAVIC_1Y, [], '2026-06-01T00:00:00Z');
    expect(trace(pending)).toMatchInlineSnapshot(`
      [
        "pass SVC-SAFE-FLIGHT: The Safe Flight reward is offered for DJI Mavic 3.",
        "pass SVC-SAFE-FLIGHT: No replacement and no discounted repair has been used. | expected: no replacement and no discounted repair used | received: none used",
        "FAIL PERIOD-SAFE-FLIGHT: The reward is decided when the plan's validity ends (last day 2027-02-28). | expected: after 2027-02-28 | received: 2026-06-01",
      ]
    `);
    expect(pending.ok ? [] : pending.nextSteps).toMatchInlineSnapshot(`
      [
        {
          "action": "ask-again",
          "clause": "PERIOD-SAFE-FLIGHT",
          "code": "safe-flight.ask-again",
          "message": "Ask again on or after 2027-03-01, when the plan's validity has ended.",
          "params": {
            "date": "2027-03-01",
          },
        },
      ]
    `);
    const earned = safeFlightReward(MAVIC_1Y, [], '2027-03-01T00:00:00Z');
    expect(trace(earned)).toMatchInlineSnapshot(`
      [
        "pass SVC-SAFE-FLIGHT: The Safe Flight reward is offered for DJI Mavic 3.",
        "pass SVC-SAFE-FLIGHT: No replacement and no discounted repair has been used. | expected: no replacement and no discounted repair used | received: none used",
        "pass PERIOD-SAFE-FLIGHT: The plan's validity has ended (last day 2027-02-28); the reward runs from 2027-03-01 to 2028-02-29. | expected: after 2027-02-28 | received: 2027-03-01",
      ]
    `);
    expect(earned.ok && earned.value).toMatchInlineSnapshot(`
      {
        "clause": "SVC-SAFE-FLIGHT",
        "inForce": true,
        "period": {
          "clause": "PERIOD-SAFE-FLIGHT",
          "end": "2028-03-01T00:00:00.000+00:00",
          "endDate": "2028-03-01",
          "kind": "safe-flight",
          "lastDate": "2028-02-29",
          "start": "2027-03-01T00:00:00.000+00:00",
          "startDate": "2027-03-01",
          "timeZone": "UTC",
        },
        "state": "earned",
      }
    `);
  });

  // Kills the USED_NAME strings and the forfeiting check's wording.
  it('names every replacement and discounted repair that forfeited it', () => {
    const events = [damage('2026-04-01T00:00:00Z'), flyaway('2026-05-01T00:00:00Z'), repair('2026-06-01T00:00:00Z'), warranty('2026-07-01T00:00:00Z')];
    expect(trace(safeFlightReward(MAVIC_1Y, events, '2027-06-01T00:00:00Z'))).toMatchInlineSnapshot(`
      [
        "pass SVC-SAFE-FLIGHT: The Safe Flight reward is offered for DJI Mavic 3.",
        "FAIL SVC-SAFE-FLIGHT: A damage replacement was used on 2026-04-01, so the Safe Flight reward is forfeited. | expected: no replacement and no discounted repair used | received: damage-replacement on 2026-04-01",
        "FAIL SVC-SAFE-FLIGHT: A flyaway replacement was used on 2026-05-01, so the Safe Flight reward is forfeited. | expected: no replacement and no discounted repair used | received: flyaway-replacement on 2026-05-01",
        "FAIL SVC-SAFE-FLIGHT: A discounted repair was used on 2026-06-01, so the Safe Flight reward is forfeited. | expected: no replacement and no discounted repair used | received: discounted-repair on 2026-06-01",
        "pass PERIOD-SAFE-FLIGHT: The plan's validity has ended (last day 2027-02-28); the reward runs from 2027-03-01 to 2028-02-29. | expected: after 2027-02-28 | received: 2027-06-01",
      ]
    `);
  });

  // Kills the mutants of safeFlightPeriod's European branch (`warrantyEnd > from`).
  it('counts from the end of the renewal year with Care Refresh+, in Europe too', () => {
    const events = [plus('2026-06-01T00:00:00Z')];
    const us = planStatus(MAVIC_1Y, events, '2026-07-01T00:00:00Z').safeFlight.period;
    const de = planStatus(MAVIC_DE, events, '2026-07-01T00:00:00Z').safeFlight.period;
    expect([us?.startDate, us?.lastDate, de?.startDate, de?.lastDate]).toMatchInlineSnapshot(`
      [
        "2028-03-01",
        "2029-02-28",
        "2029-03-01",
        "2030-02-28",
      ]
    `);
  });
});

describe('USE-INTERNATIONAL', () => {
  // Kills every StringLiteral / ConditionalExpression mutant of checkServiceLocation's wording.
  it('words service in the plan region', () => {
    expect(trace(checkServiceLocation(MAVIC_1Y, { service: 'maintenance', region: 'US' }))).toMatchInlineSnapshot(`
      [
        "pass USE-INTERNATIONAL: Service in US, where the plan was bought. | expected: US or worldwide | received: US",
      ]
    `);
  });

  it('words service abroad for a product without international coverage', () => {
    expect(trace(checkServiceLocation(MAVIC_1Y, { service: 'replacement', region: 'CA', proofOfPurchase: 'official' }))).toMatchInlineSnapshot(`
      [
        "FAIL USE-INTERNATIONAL: For DJI Mavic 3 the service is only available in US, where the plan was bought. | expected: US | received: CA",
      ]
    `);
  });

  it('words service abroad for a product with it, for every proof of purchase', () => {
    const at = (service: 'replacement' | 'maintenance', proofOfPurchase?: 'official' | 'authorised' | 'other' | 'none') =>
      trace(checkServiceLocation(OM5, proofOfPurchase === undefined ? { service, region: 'FR' } : { service, region: 'FR', proofOfPurchase }));
    expect(at('replacement', 'official')).toMatchInlineSnapshot(`
      [
        "pass USE-INTERNATIONAL: DJI OM 5 has international coverage. | expected: a product with international coverage | received: DJI OM 5",
        "pass USE-INTERNATIONAL: The replacement service is given worldwide. | expected: replacement or extended-warranty | received: replacement",
        "pass USE-INTERNATIONAL: The proof of purchase is from an official or authorised channel. | expected: official or authorised | received: official",
      ]
    `);
    expect(at('replacement', 'authorised')).toMatchInlineSnapshot(`
      [
        "pass USE-INTERNATIONAL: DJI OM 5 has international coverage. | expected: a product with international coverage | received: DJI OM 5",
        "pass USE-INTERNATIONAL: The replacement service is given worldwide. | expected: replacement or extended-warranty | received: replacement",
        "pass USE-INTERNATIONAL: The proof of purchase is from an official or authorised channel. | expected: official or authorised | received: authorised",
      ]
    `);
    expect(at('maintenance', 'other')).toMatchInlineSnapshot(`
      [
        "pass USE-INTERNATIONAL: DJI OM 5 has international coverage. | expected: a product with international coverage | received: DJI OM 5",
        "FAIL USE-INTERNATIONAL: Only replacement and extended warranty are given outside JP. | expected: replacement or extended-warranty | received: maintenance",
        "FAIL USE-INTERNATIONAL: International service needs a valid proof of purchase from a DJI official store or an authorised channel. | expected: official or authorised | received: other",
      ]
    `);
    expect(at('replacement')).toMatchInlineSnapshot(`
      [
        "pass USE-INTERNATIONAL: DJI OM 5 has international coverage. | expected: a product with international coverage | received: DJI OM 5",
        "pass USE-INTERNATIONAL: The replacement service is given worldwide. | expected: replacement or extended-warranty | received: replacement",
        "FAIL USE-INTERNATIONAL: A valid proof of purchase from an official or authorised channel is needed outside the plan's region. | expected: official or authorised | received: not given",
      ]
    `);
    expect(valueOf(checkServiceLocation(OM5, { service: 'extended-warranty', region: 'FR', proofOfPurchase: 'authorised' }))).toEqual({
      region: 'FR',
      scope: 'worldwide',
      clause: 'USE-INTERNATIONAL',
    });
  });
});

describe('REBIND-REPLACEMENT', () => {
  // Kills the wording mutants of rebindAfterReplacement and the value's fields.
  it('words a rebinding after a replacement and gives the new ledger', () => {
    const events = [damage('2026-04-01T00:00:00Z')];
    const d = rebindAfterReplacement(MAVIC_1Y, events, { at: '2026-04-05T00:00:00Z', newSerial: 'M3-0002' });
    expect(trace(d)).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 was replaced; the plan moves to the unit received. | expected: a replacement not yet rebound | received: replaced",
        "pass ELIG-ONCE: Unit M3-0002 has not been bound to this plan before. | expected: a unit never bound to the plan | received: never bound",
      ]
    `);
    const v = valueOf(d);
    expect({ ...v, periods: v.periods.map((p) => p.kind) }).toMatchInlineSnapshot(`
      {
        "event": {
          "at": "2026-04-05T00:00:00.000+00:00",
          "newSerial": "M3-0002",
          "serial": "M3-0001",
          "type": "rebind",
        },
        "events": [
          {
            "at": "2026-04-01T00:00:00Z",
            "serial": "M3-0001",
            "type": "damage-replacement",
          },
          {
            "at": "2026-04-05T00:00:00.000+00:00",
            "newSerial": "M3-0002",
            "serial": "M3-0001",
            "type": "rebind",
          },
        ],
        "formerSerial": "M3-0001",
        "formerSerials": [
          "M3-0001",
        ],
        "periods": [
          "replacement",
          "repair-discount",
          "official-warranty",
          "safe-flight",
        ],
        "purchase": {
          "clause": "ELIG-ONCE",
          "code": "rebind.new-unit.no-purchase",
          "message": "Unit M3-0002 now carries this plan: do not sell DJI Care Refresh for it (previouslyBound: true).",
          "params": {
            "newSerial": "M3-0002",
          },
        },
        "serial": "M3-0002",
      }
    `);
  });

  it('words a rebinding without a replacement, to a unit bound before', () => {
    expect(trace(rebindAfterReplacement(MAVIC_1Y, [], { at: '2026-04-05T00:00:00Z', newSerial: 'M3-0001' }))).toMatchInlineSnapshot(`
      [
        "FAIL REBIND-REPLACEMENT: Unit M3-0001 has had no replacement to rebind after. | expected: a replacement not yet rebound | received: no replacement",
        "FAIL ELIG-ONCE: Unit M3-0001 has already been bound to this plan; a product is bound only once. | expected: a unit never bound to the plan | received: bound before",
      ]
    `);
  });

  // Kills the wording mutants of the ledger's serial errors (plan-state.ts `fold`, serialCheck).
  it('names the unit a ledger event or a claim should have been for', () => {
    const moved = [damage('2026-04-01T00:00:00Z'), rebind('2026-04-05T00:00:00Z', 'M3-0002')];
    const wasReplaced = errorOf(() => ledgerFromJSON([...moved, repair('2026-05-01T00:00:00Z', 'M3-0001')], MAVIC_1Y));
    const never = errorOf(() => ledgerFromJSON([repair('2026-05-01T00:00:00Z', 'X-9')], MAVIC_1Y));
    const noReplacement = errorOf(() => ledgerFromJSON([rebind('2026-04-05T00:00:00Z', 'M3-0002')], MAVIC_1Y));
    const again = errorOf(() => ledgerFromJSON([...moved, damage('2026-05-01T00:00:00Z', 'M3-0002'), rebind('2026-05-05T00:00:00Z', 'M3-0001', 'M3-0002')], MAVIC_1Y));
    const claim = errorOf(() => assessMaintenance(MAVIC_1Y, moved, { at: '2026-05-01T00:00:00Z', serial: 'X-9' }));
    expect([wasReplaced, never, noReplacement, again, claim].map((e) => `${e.field} ${e.code}: ${e.message}`)).toMatchInlineSnapshot(`
      [
        "events[2].serial invalid-ledger: Invalid events[2].serial: expected the plan's unit at that moment, 'M3-0002' (it was replaced: the plan moved to the new unit, REBIND-REPLACEMENT) (received "M3-0001").",
        "events[0].serial invalid-ledger: Invalid events[0].serial: expected the plan's unit at that moment, 'M3-0001' (received "X-9").",
        "events[0] invalid-ledger: Invalid events[0]: a rebind must follow a replacement of the unit (REBIND-REPLACEMENT) (received "rebind").",
        "events[3].newSerial invalid-ledger: Invalid events[3].newSerial: that unit has already been bound to this plan; a product is bound only once (ELIG-ONCE) (received "M3-0001").",
        "request.serial invalid-value: Invalid request.serial: expected the serial of the plan's unit, 'M3-0002' (received "X-9").",
      ]
    `);
    expect(trace(assessMaintenance(MAVIC_1Y, moved, { at: '2026-05-01T00:00:00Z', serial: 'M3-0001' }))).toMatchInlineSnapshot(`
      [
        "FAIL REBIND-REPLACEMENT: Unit M3-0001 was replaced; the plan moved to unit M3-0002 and the original unit no longer has a plan. | expected: the plan's unit (M3-0002) | received: M3-0001",
        "pass SVC-MAINTENANCE: DJI Mavic 3 has factory maintenance. | expected: DJI Mavic 3 or Mavic 3 Cine | received: DJI Mavic 3",
        "pass PERIOD-OUTSIDE: The maintenance request is inside the plan's validity. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-05-01",
        "pass SVC-MAINTENANCE: A factory maintenance service is left (1). | expected: a factory maintenance service left | received: 1 left of 1",
      ]
    `);
  });

  // Kills the wording mutants of readLedger's order errors and of requireNextInstant.
  it('names the event out of order, before the plan, or a claim before the last event', () => {
    const before = errorOf(() => ledgerFromJSON([repair('2026-02-28T23:59:59.999Z')], MAVIC_1Y));
    const order = errorOf(() => ledgerFromJSON([repair('2026-05-01T00:00:00Z'), warranty('2026-04-30T00:00:00Z')], MAVIC_1Y));
    const claim = errorOf(() => assessMaintenance(MAVIC_1Y, [repair('2026-05-01T00:00:00Z')], { at: '2026-04-30T00:00:00Z', serial: 'M3-0001' }));
    const noService = errorOf(() => ledgerFromJSON([repair('2026-05-01T00:00:00Z', 'OM-0001')], OM5));
    expect([before, order, claim, noService].map((e) => `${e.field} ${e.code}: ${e.message}`)).toMatchInlineSnapshot(`
      [
        "events[0].at invalid-ledger: Invalid events[0].at: the event is before the plan starts (2026-03-01T00:00:00.000+00:00) (received "2026-02-28T23:59:59.999Z").",
        "events[1].at invalid-ledger: Invalid events[1].at: events must be in time order; this one is before events[0] (received "2026-04-30T00:00:00Z").",
        "request.at invalid-ledger: Invalid request.at: must not be before the last event of the ledger (2026-05-01T00:00:00.000+00:00): claims are decided in time order (received "2026-04-30T00:00:00Z").",
        "events[0].type invalid-ledger: Invalid events[0].type: DJI OM 5 has no discounted repair service (SVC-REPAIR-DISCOUNT) (received "discounted-repair").",
      ]
    `);
    // Same instant as the last event is in order, for the ledger and for a claim.
    expect(ledgerFromJSON([repair('2026-05-01T00:00:00Z'), warranty('2026-05-01T00:00:00Z')], MAVIC_1Y)).toHaveLength(2);
    expect(assessMaintenance(MAVIC_1Y, [repair('2026-05-01T00:00:00Z')], { at: '2026-05-01T00:00:00Z', serial: 'M3-0001' }).ok).toBe(true);
    // A claim before the plan starts is a refusal, not bad input, even after events.
    expect(assessMaintenance(MAVIC_1Y, [repair('2026-05-01T00:00:00Z')], { at: '2026-02-01T00:00:00Z', serial: 'M3-0001' }).ok).toBe(false);
  });
});

describe('FLY-ACCOUNT-BOUND', () => {
  // Kills the wording mutants of bindingChecks and flyawayChecks (flyaway.ts).
  it('words every condition of an accepted flyaway claim', () => {
    const d = checkFlyaway(MAVIC_1Y, [], flyawayFacts('2026-06-01T00:00:00Z'));
    expect(trace(d)).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass PERIOD-OUTSIDE: The flyaway is inside the plan's validity. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "pass FLY-MODEL: DJI Mavic 3 has flyaway replacement. | expected: DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 or Mini SE | received: DJI Mavic 3",
        "pass FLY-ACCOUNT-BOUND: The DJI account was bound on 2026-03-02, before the flyaway. | expected: DJI account bound strictly before the flyaway | received: bound 2026-03-02T09:00:00.000+00:00",
        "pass FLY-NOT-UNBOUND: The DJI account binding was in force when the flyaway occurred. | expected: DJI account still bound at the flyaway | received: still bound",
        "pass FLY-RC-BOUND: The remote controller was bound on 2026-03-02, before the flyaway. | expected: remote controller bound strictly before the flyaway | received: bound 2026-03-02T09:05:00.000+00:00",
        "pass FLY-NOT-UNBOUND: The remote controller binding was in force when the flyaway occurred. | expected: remote controller still bound at the flyaway | received: still bound",
        "pass FLY-OWNER: The claimant is the owner of the bound account. | expected: account pilot@example.com | received: pilot@example.com",
        "pass FLY-OWNER: The flyaway report was produced with the bound remote controller. | expected: controller RC-0001 | received: RC-0001",
        "pass FLY-NOT-THEFT: The aircraft was not stolen or lost. | expected: not stolen or lost | received: a flyaway",
        "pass FLY-RECORDS: The accident's flight records were synced. | expected: flight records synced through the app | received: synced",
        "pass FLY-QUOTA: A flyaway replacement is left on the plan (1 flyaway, 2 replacements). | expected: a flyaway use and a replacement left | received: 1 flyaway, 2 replacements left (QUOTA-1Y)",
      ]
    `);
    expect(valueOf(d)).toMatchInlineSnapshot(`
      {
        "account": "pilot@example.com",
        "at": "2026-06-01T00:00:00.000+00:00",
        "controller": "RC-0001",
        "period": {
          "clause": "PERIOD-1Y",
          "end": "2027-03-01T00:00:00.000+00:00",
          "endDate": "2027-03-01",
          "kind": "replacement",
          "lastDate": "2027-02-28",
          "start": "2026-03-01T00:00:00.000+00:00",
          "startDate": "2026-03-01",
          "timeZone": "UTC",
        },
        "quotaClause": "QUOTA-1Y",
        "remainingBefore": {
          "damage": 2,
          "flyaway": 1,
          "replacements": 2,
        },
        "serial": "M3-0001",
      }
    `);
  });

  it('words every condition left out', () => {
    expect(trace(checkFlyaway(MAVIC_1Y, [], { at: '2026-06-01T00:00:00Z', serial: 'M3-0001' }))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass PERIOD-OUTSIDE: The flyaway is inside the plan's validity. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "pass FLY-MODEL: DJI Mavic 3 has flyaway replacement. | expected: DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 or Mini SE | received: DJI Mavic 3",
        "FAIL FLY-ACCOUNT-BOUND: The DJI account binding history is needed to judge a flyaway claim. | expected: DJI account bound strictly before the flyaway | received: not given",
        "FAIL FLY-NOT-UNBOUND: The DJI account binding history is needed to know whether it was unbound before the flyaway. | expected: DJI account still bound at the flyaway | received: not given",
        "FAIL FLY-RC-BOUND: The remote controller binding history is needed to judge a flyaway claim. | expected: remote controller bound strictly before the flyaway | received: not given",
        "FAIL FLY-NOT-UNBOUND: The remote controller binding history is needed to know whether it was unbound before the flyaway. | expected: remote controller still bound at the flyaway | received: not given",
        "FAIL FLY-OWNER: The account applying for the flyaway replacement is needed. | expected: the owner of the account bound at the flyaway | received: not given",
        "FAIL FLY-OWNER: The remote controller the flyaway report was produced with is needed. | expected: the remote controller bound at the flyaway | received: not given",
        "FAIL FLY-NOT-THEFT: Whether the aircraft was stolen or lost is needed: theft and loss are not covered. | expected: not stolen or lost | received: not given",
        "FAIL FLY-RECORDS: Whether the accident's flight records were synced is needed. | expected: flight records synced through the app | received: not given",
        "pass FLY-QUOTA: A flyaway replacement is left on the plan (1 flyaway, 2 replacements). | expected: a flyaway use and a replacement left | received: 1 flyaway, 2 replacements left (QUOTA-1Y)",
      ]
    `);
  });

  it('words bindings made after the flyaway, or undone before it, and claims by someone else', () => {
    const facts = {
      ...flyawayFacts('2026-06-01T00:00:00Z'),
      accountBindings: [{ account: 'pilot@example.com', boundAt: '2026-06-02T00:00:00Z' }],
      controllerBindings: [{ controller: 'RC-0001', boundAt: '2026-03-02T00:00:00Z', unboundAt: '2026-05-01T00:00:00Z' }],
      theftOrLoss: true,
      flightRecordsSynced: false,
    };
    expect(trace(checkFlyaway(MAVIC_1Y, [], facts))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass PERIOD-OUTSIDE: The flyaway is inside the plan's validity. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "pass FLY-MODEL: DJI Mavic 3 has flyaway replacement. | expected: DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 or Mini SE | received: DJI Mavic 3",
        "FAIL FLY-ACCOUNT-BOUND: The DJI account was not bound before the flyaway; flyaway replacement needs it bound in advance. | expected: DJI account bound strictly before the flyaway | received: first bound 2026-06-02T00:00:00.000+00:00",
        "pass FLY-NOT-UNBOUND: No DJI account binding was undone before the flyaway. | expected: DJI account still bound at the flyaway | received: no binding before the flyaway",
        "pass FLY-RC-BOUND: The remote controller was bound on 2026-03-02, before the flyaway. | expected: remote controller bound strictly before the flyaway | received: bound 2026-03-02T00:00:00.000+00:00",
        "FAIL FLY-NOT-UNBOUND: The remote controller binding was undone on 2026-05-01, before the flyaway occurred. | expected: remote controller still bound at the flyaway | received: unbound 2026-05-01T00:00:00.000+00:00",
        "FAIL FLY-OWNER: No account was bound to the aircraft at the flyaway, so no one can apply as its owner. | expected: the owner of the account bound at the flyaway | received: pilot@example.com",
        "FAIL FLY-OWNER: No remote controller was bound to the aircraft at the flyaway to produce the report with. | expected: the remote controller bound at the flyaway | received: RC-0001",
        "FAIL FLY-NOT-THEFT: Theft and accidental loss are not flyaways and are not covered. | expected: not stolen or lost | received: stolen or lost",
        "FAIL FLY-RECORDS: Without the accident's flight records synced through the app there is no flyaway replacement. | expected: flight records synced through the app | received: not synced",
        "pass FLY-QUOTA: A flyaway replacement is left on the plan (1 flyaway, 2 replacements). | expected: a flyaway use and a replacement left | received: 1 flyaway, 2 replacements left (QUOTA-1Y)",
      ]
    `);
    const never = { ...facts, accountBindings: [], controllerBindings: [{ controller: 'RC-0001', boundAt: '2026-03-02T00:00:00Z' }], reportController: 'RC-9' };
    expect(trace(checkFlyaway(MAVIC_1Y, [], never))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass PERIOD-OUTSIDE: The flyaway is inside the plan's validity. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "pass FLY-MODEL: DJI Mavic 3 has flyaway replacement. | expected: DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 or Mini SE | received: DJI Mavic 3",
        "FAIL FLY-ACCOUNT-BOUND: The DJI account was not bound before the flyaway; flyaway replacement needs it bound in advance. | expected: DJI account bound strictly before the flyaway | received: never bound",
        "pass FLY-NOT-UNBOUND: No DJI account binding was undone before the flyaway. | expected: DJI account still bound at the flyaway | received: no binding before the flyaway",
        "pass FLY-RC-BOUND: The remote controller was bound on 2026-03-02, before the flyaway. | expected: remote controller bound strictly before the flyaway | received: bound 2026-03-02T00:00:00.000+00:00",
        "pass FLY-NOT-UNBOUND: The remote controller binding was in force when the flyaway occurred. | expected: remote controller still bound at the flyaway | received: still bound",
        "FAIL FLY-OWNER: No account was bound to the aircraft at the flyaway, so no one can apply as its owner. | expected: the owner of the account bound at the flyaway | received: pilot@example.com",
        "FAIL FLY-OWNER: The flyaway report must be produced with the bound remote controller. | expected: controller RC-0001 | received: RC-9",
        "FAIL FLY-NOT-THEFT: Theft and accidental loss are not flyaways and are not covered. | expected: not stolen or lost | received: stolen or lost",
        "FAIL FLY-RECORDS: Without the accident's flight records synced through the app there is no flyaway replacement. | expected: flight records synced through the app | received: not synced",
        "pass FLY-QUOTA: A flyaway replacement is left on the plan (1 flyaway, 2 replacements). | expected: a flyaway use and a replacement left | received: 1 flyaway, 2 replacements left (QUOTA-1Y)",
      ]
    `);
    const other = { ...flyawayFacts('2026-06-01T00:00:00Z'), claimantAccount: 'thief@example.com' };
    expect(trace(checkFlyaway(MAVIC_1Y, [], other))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass PERIOD-OUTSIDE: The flyaway is inside the plan's validity. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "pass FLY-MODEL: DJI Mavic 3 has flyaway replacement. | expected: DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 or Mini SE | received: DJI Mavic 3",
        "pass FLY-ACCOUNT-BOUND: The DJI account was bound on 2026-03-02, before the flyaway. | expected: DJI account bound strictly before the flyaway | received: bound 2026-03-02T09:00:00.000+00:00",
        "pass FLY-NOT-UNBOUND: The DJI account binding was in force when the flyaway occurred. | expected: DJI account still bound at the flyaway | received: still bound",
        "pass FLY-RC-BOUND: The remote controller was bound on 2026-03-02, before the flyaway. | expected: remote controller bound strictly before the flyaway | received: bound 2026-03-02T09:05:00.000+00:00",
        "pass FLY-NOT-UNBOUND: The remote controller binding was in force when the flyaway occurred. | expected: remote controller still bound at the flyaway | received: still bound",
        "FAIL FLY-OWNER: Only the owner of the bound account can apply for the flyaway replacement. | expected: account pilot@example.com | received: thief@example.com",
        "pass FLY-OWNER: The flyaway report was produced with the bound remote controller. | expected: controller RC-0001 | received: RC-0001",
        "pass FLY-NOT-THEFT: The aircraft was not stolen or lost. | expected: not stolen or lost | received: a flyaway",
        "pass FLY-RECORDS: The accident's flight records were synced. | expected: flight records synced through the app | received: synced",
        "pass FLY-QUOTA: A flyaway replacement is left on the plan (1 flyaway, 2 replacements). | expected: a flyaway use and a replacement left | received: 1 flyaway, 2 replacements left (QUOTA-1Y)",
      ]
    `);
  });

  // Kills `b.boundMs < ms` → `<=` and `b.unboundMs > ms` → `>=`: bound at the very instant of
  // the flyaway is not "before"; unbound at that instant is no longer bound.
  it('needs a binding strictly before the flyaway, still in force at it', () => {
    const at = '2026-06-01T00:00:00Z';
    const d = checkFlyaway(MAVIC_1Y, [], {
      ...flyawayFacts(at),
      accountBindings: [{ account: 'pilot@example.com', boundAt: at }],
      controllerBindings: [{ controller: 'RC-0001', boundAt: '2026-03-02T00:00:00Z', unboundAt: at }],
    });
    expect(d.ok ? [] : d.reasons.map((r) => `${r.clause}: ${r.received}`)).toMatchInlineSnapshot(`
      [
        "FLY-ACCOUNT-BOUND: first bound 2026-06-01T00:00:00.000+00:00",
        "FLY-NOT-UNBOUND: unbound 2026-06-01T00:00:00.000+00:00",
        "FLY-OWNER: pilot@example.com",
        "FLY-OWNER: RC-0001",
      ]
    `);
  });

  it('refuses an unbinding before its binding, naming it', () => {
    const e = errorOf(() =>
      checkFlyaway(MAVIC_1Y, [], {
        ...flyawayFacts('2026-06-01T00:00:00Z'),
        accountBindings: [{ account: 'a', boundAt: '2026-03-02T00:00:00Z', unboundAt: '2026-03-01T23:59:59Z' }],
      }),
    );
    expect(`${e.field} ${e.code}: ${e.message}`).toMatchInlineSnapshot(`"incident.accountBindings[0].unboundAt invalid-value: Invalid incident.accountBindings[0].unboundAt: the unbinding cannot be before the binding (received "2026-03-01T23:59:59Z")."`);
    // Unbound in the instant it was bound is accepted (not before).
    expect(
      checkFlyaway(MAVIC_1Y, [], {
        ...flyawayFacts('2026-06-01T00:00:00Z'),
        accountBindings: [
          { account: 'a', boundAt: '2026-03-02T00:00:00Z', unboundAt: '2026-03-02T00:00:00Z' },
          { account: 'pilot@example.com', boundAt: '2026-03-03T00:00:00Z' },
        ],
      }).ok,
    ).toBe(true);
  });
});

describe('FLY-QUOTA', () => {
  it('words the quota: none of either left, none for flyaway, outside validity, and a model without flyaway', () => {
    const at = '2026-09-01T00:00:00Z';
    const used = [flyaway('2026-04-01T00:00:00Z'), damage('2026-05-01T00:00:00Z')];
    expect(trace(checkFlyaway(MAVIC_1Y, used, flyawayFacts(at))).filter((l) => l.includes('FLY-QUOTA'))).toMatchInlineSnapshot(`
      [
        "FAIL FLY-QUOTA: No replacement is left on the plan. | expected: a flyaway use and a replacement left | received: 0 flyaway, 0 replacements left (QUOTA-1Y)",
      ]
    `);
    expect(trace(checkFlyaway(MAVIC_1Y, [flyaway('2026-04-01T00:00:00Z')], flyawayFacts(at))).filter((l) => l.includes('FLY-QUOTA'))).toMatchInlineSnapshot(`
      [
        "FAIL FLY-QUOTA: No flyaway replacement is left on the plan. | expected: a flyaway use and a replacement left | received: 0 flyaway, 1 replacement left (QUOTA-1Y)",
      ]
    `);
    expect(trace(checkFlyaway(MAVIC_1Y, [], flyawayFacts('2027-03-01T00:00:00Z'))).filter((l) => l.includes('FLY-QUOTA'))).toMatchInlineSnapshot(`
      [
        "FAIL FLY-QUOTA: The flyaway is outside the replacement validity: no flyaway replacement can be used. | expected: inside the replacement validity | received: 2027-03-01",
      ]
    `);
    expect(trace(checkFlyaway(OM5, [], flyawayFacts(at, 'OM-0001'))).filter((l) => l.includes('FLY-MODEL') || l.includes('FLY-QUOTA'))).toMatchInlineSnapshot(`
      [
        "FAIL FLY-MODEL: Flyaway replacement is not offered for DJI OM 5. | expected: DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 or Mini SE | received: DJI OM 5",
        "FAIL FLY-QUOTA: The plan for DJI OM 5 has no flyaway quota: this model's plan includes no flyaway replacement. | expected: a flyaway use and a replacement left | received: 0 flyaway, 2 replacements left (QUOTA-1Y)",
      ]
    `);
  });
});

describe('QUOTA-1Y', () => {
  // Kills the wording mutants of assessReplacement, outsideCheck, expressOption and quoteFee.
  it('words an accepted damage replacement, with its fee, express and what is left', () => {
    const d = assessReplacement(MAVIC_1Y, [], { type: 'damage', at: '2026-06-01T00:00:00Z', serial: 'M3-0001', express: true });
    expect(trace(d)).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass SVC-REPLACE-DAMAGE: DJI Mavic 3 has damage replacement. | expected: a model with damage replacement | received: DJI Mavic 3",
        "pass PERIOD-OUTSIDE: The damage is inside the plan's validity. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "pass QUOTA-1Y: A damage replacement is left on the plan (2). | expected: a damage replacement left | received: 2 left of 2",
      ]
    `);
    const v = valueOf(d);
    expect({ ...v, fee: v.fee.published ? { ...v.fee, fee: `${v.fee.fee.currency} ${v.fee.fee.amount.toFixed(2)}` } : v.fee }).toMatchInlineSnapshot(`
      {
        "at": "2026-06-01T00:00:00.000+00:00",
        "event": {
          "at": "2026-06-01T00:00:00.000+00:00",
          "serial": "M3-0001",
          "type": "damage-replacement",
        },
        "express": {
          "applies": true,
          "clause": "SVC-EXPRESS",
          "code": "express.requested",
          "message": "Express: no damage assessment or quotation; the replacement ships as soon as the service centre receives the product.",
          "params": {},
          "requested": true,
        },
        "fee": {
          "clause": "CAT-FEES-MAVIC3-1Y",
          "fee": "USD 159.00",
          "kind": "damage",
          "ordinal": 1,
          "published": true,
          "source": "DJI Care Refresh (DJI Mavic 3) retailer page and DJI FAQ",
        },
        "period": {
          "clause": "PERIOD-1Y",
          "end": "2027-03-01T00:00:00.000+00:00",
          "endDate": "2027-03-01",
          "kind": "replacement",
          "lastDate": "2027-02-28",
          "start": "2026-03-01T00:00:00.000+00:00",
          "startDate": "2026-03-01",
          "timeZone": "UTC",
        },
        "quotaClause": "QUOTA-1Y",
        "remainingAfter": {
          "damage": 1,
          "flyaway": 1,
          "replacements": 1,
        },
        "remainingAfterNote": {
          "clause": "QUOTA-1Y",
          "code": "quota.left-after",
          "message": "1 replacement left after it (1 usable for damage, 1 for a flyaway), until 2027-02-28.",
          "params": {
            "damage": 1,
            "flyaway": 1,
            "lastDate": "2027-02-28",
            "replacements": 1,
          },
        },
        "serial": "M3-0001",
        "shipping": {
          "clause": "SVC-SHIPPING",
          "code": "shipping.paid-by-dji",
          "message": "DJI pays shipping both ways for the replacement service.",
          "paidByDji": true,
          "params": {},
        },
        "type": "damage",
      }
    `);
    const noExpress = valueOf(assessReplacement(MAVIC_1Y, [], { type: 'damage', at: '2026-06-01T00:00:00Z', serial: 'M3-0001' }));
    expect(noExpress.express).toMatchInlineSnapshot(`
      {
        "applies": true,
        "clause": "SVC-EXPRESS",
        "code": "express.available",
        "message": "Express is available: skip damage assessment and quotation, and the replacement ships when the product is received.",
        "params": {},
        "requested": false,
      }
    `);
  });

  it('words a flyaway replacement: no express, the flyaway fee', () => {
    const v = valueOf(assessReplacement(MAVIC_1Y, [], { ...flyawayFacts('2026-06-01T00:00:00Z'), type: 'flyaway' }));
    expect({ express: v.express, fee: v.fee.published ? `${v.fee.clause} ${v.fee.fee.amount.toFixed(2)}` : v.fee, remainingAfter: v.remainingAfter, event: v.event }).toMatchInlineSnapshot(`
      {
        "event": {
          "at": "2026-06-01T00:00:00.000+00:00",
          "serial": "M3-0001",
          "type": "flyaway-replacement",
        },
        "express": {
          "applies": false,
          "clause": "SVC-EXPRESS",
          "code": "express.not-for-flyaway",
          "message": "Express does not apply to a flyaway: there is no product for the service centre to receive.",
          "params": {},
          "requested": false,
        },
        "fee": "CAT-FEES-MAVIC3-1Y 739.00",
        "remainingAfter": {
          "damage": 1,
          "flyaway": 0,
          "replacements": 1,
        },
      }
    `);
  });

  it('words a damage claim with none left, before the plan and after it', () => {
    const used = [
      damage('2026-04-01T00:00:00Z'),
      rebind('2026-04-02T00:00:00Z', 'M3-0002'),
      damage('2026-05-01T00:00:00Z', 'M3-0002'),
      rebind('2026-05-02T00:00:00Z', 'M3-0003', 'M3-0002'),
    ];
    expect(trace(assessReplacement(MAVIC_1Y, used, { type: 'damage', at: '2026-06-01T00:00:00Z', serial: 'M3-0003' }))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0003 is the unit bound to the plan. | expected: the plan's unit (M3-0003) | received: M3-0003",
        "pass SVC-REPLACE-DAMAGE: DJI Mavic 3 has damage replacement. | expected: a model with damage replacement | received: DJI Mavic 3",
        "pass PERIOD-OUTSIDE: The damage is inside the plan's validity. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "FAIL QUOTA-1Y: No damage replacement is left on the plan. | expected: a damage replacement left | received: 0 left of 2",
      ]
    `);
    expect(trace(assessReplacement(MAVIC_1Y, [], { type: 'damage', at: '2026-02-01T00:00:00Z', serial: 'M3-0001' }))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass SVC-REPLACE-DAMAGE: DJI Mavic 3 has damage replacement. | expected: a model with damage replacement | received: DJI Mavic 3",
        "FAIL PERIOD-OUTSIDE: The damage is before the plan took effect on 2026-03-01; it is not covered. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-02-01",
      ]
    `);
    expect(trace(assessReplacement(MAVIC_1Y, [], { type: 'damage', at: '2027-03-01T00:00:00Z', serial: 'M3-0001' }))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass SVC-REPLACE-DAMAGE: DJI Mavic 3 has damage replacement. | expected: a model with damage replacement | received: DJI Mavic 3",
        "FAIL PERIOD-OUTSIDE: The damage is after the validity ended (last day 2027-02-28); it is not covered. | expected: between 2026-03-01 and 2027-02-28 | received: 2027-03-01",
      ]
    `);
  });

  it('quotes the fee as not published where no schedule or no figure is', () => {
    const quote = (plan: Plan, events: readonly ServiceEvent[]) => JSON.parse(JSON.stringify(planStatus(plan, events, '2026-09-01T00:00:00Z').nextFees));
    expect(quote(MINI2, [])).toMatchInlineSnapshot(`
      {
        "damage": {
          "kind": "damage",
          "ordinal": 1,
          "published": false,
          "reason": {
            "clause": "CAT-FEES-MAVIC3-1Y",
            "code": "fee.no-schedule",
            "expected": "a fee schedule for DJI Mini 2, 1-year plan, US",
            "message": "No replacement fee is published for DJI Mini 2, 1-year plan, US; a fee schedule can be supplied through the terms.",
            "params": {
              "productName": "DJI Mini 2",
              "region": "US",
              "term": "1y",
            },
            "received": "none",
          },
        },
        "flyaway": {
          "kind": "flyaway",
          "ordinal": 1,
          "published": false,
          "reason": {
            "clause": "CAT-FEES-MAVIC3-1Y",
            "code": "fee.no-schedule",
            "expected": "a fee schedule for DJI Mini 2, 1-year plan, US",
            "message": "No replacement fee is published for DJI Mini 2, 1-year plan, US; a fee schedule can be supplied through the terms.",
            "params": {
              "productName": "DJI Mini 2",
              "region": "US",
              "term": "1y",
            },
            "received": "none",
          },
        },
      }
    `);
  });
});

describe('PLUS-EFFECT', () => {
  it('words a damage replacement in the renewal year, and what the status says of it', () => {
    const events = [plus('2026-06-01T00:00:00Z')];
    const d = assessReplacement(MAVIC_1Y, events, { type: 'damage', at: '2027-06-01T00:00:00Z', serial: 'M3-0001' });
    expect(trace(d)).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass SVC-REPLACE-DAMAGE: DJI Mavic 3 has damage replacement. | expected: a model with damage replacement | received: DJI Mavic 3",
        "pass PERIOD-OUTSIDE: The damage is inside the plan's validity. | expected: between 2026-03-01 and 2028-02-29 | received: 2027-06-01",
        "pass PLUS-EFFECT: A damage replacement is left in the DJI Care Refresh+ renewal year (1). | expected: a damage replacement left | received: 1 left of 1",
      ]
    `);
    const v = valueOf(d);
    expect({ quotaClause: v.quotaClause, fee: v.fee.published ? v.fee.clause : v.fee, remainingAfter: v.remainingAfter }).toMatchInlineSnapshot(`
      {
        "fee": {
          "kind": "damage",
          "ordinal": 1,
          "published": false,
          "reason": {
            "clause": "PLUS-EFFECT",
            "code": "fee.renewal-unpublished",
            "expected": "a published fee",
            "message": "The fee of a DJI Care Refresh+ replacement is not published for DJI Mavic 3, 1-year plan, US.",
            "params": {
              "productName": "DJI Mavic 3",
              "region": "US",
              "term": "1y",
            },
            "received": "none",
          },
        },
        "quotaClause": "PLUS-EFFECT",
        "remainingAfter": {
          "damage": 0,
          "flyaway": 0,
          "replacements": 0,
        },
      }
    `);
    const used = [...events, damage('2027-06-01T00:00:00Z'), rebind('2027-06-02T00:00:00Z', 'M3-0002')];
    expect(trace(assessReplacement(MAVIC_1Y, used, { type: 'damage', at: '2027-07-01T00:00:00Z', serial: 'M3-0002' }))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0002 is the unit bound to the plan. | expected: the plan's unit (M3-0002) | received: M3-0002",
        "pass SVC-REPLACE-DAMAGE: DJI Mavic 3 has damage replacement. | expected: a model with damage replacement | received: DJI Mavic 3",
        "pass PERIOD-OUTSIDE: The damage is inside the plan's validity. | expected: between 2026-03-01 and 2028-02-29 | received: 2027-07-01",
        "FAIL PLUS-EFFECT: No damage replacement is left in the DJI Care Refresh+ renewal year. | expected: a damage replacement left | received: 0 left of 1",
      ]
    `);
    const s = planStatus(MAVIC_1Y, used, '2027-07-01T00:00:00Z');
    expect(JSON.parse(JSON.stringify({ renewal: s.renewal, available: s.available, nextFees: s.nextFees, carePlus: s.carePlus }))).toMatchInlineSnapshot(`
      {
        "available": {
          "damage": 0,
          "discountedRepairs": 0,
          "flyaway": 0,
          "maintenance": 0,
          "replacements": 0,
        },
        "carePlus": {
          "canBuy": false,
          "purchased": true,
          "purchasedAt": "2026-06-01T00:00:00.000+00:00",
          "reasons": [
            {
              "clause": "PLUS-ELIGIBLE",
              "code": "plus.expired",
              "expected": "between 2026-03-01 and 2027-02-28",
              "message": "The plan expired at the end of 2027-02-28.",
              "params": {
                "date": "2027-07-01",
                "lastDate": "2027-02-28",
                "startDate": "2026-03-01",
              },
              "received": "2027-07-01",
            },
            {
              "clause": "PLUS-EFFECT",
              "code": "plus.bought",
              "expected": "not bought before",
              "message": "DJI Care Refresh+ was already bought for this plan on 2026-06-01; it can be bought once.",
              "params": {
                "date": "2026-06-01",
              },
              "received": "bought on 2026-06-01",
            },
          ],
        },
        "nextFees": {
          "damage": null,
          "flyaway": null,
        },
        "renewal": {
          "clause": "PLUS-EFFECT",
          "damage": {
            "allowed": 1,
            "remaining": 0,
            "used": 1,
          },
          "flyaway": {
            "allowed": 0,
            "remaining": 0,
            "used": 0,
          },
          "inForce": true,
          "period": {
            "clause": "PLUS-EFFECT",
            "end": "2028-03-01T00:00:00.000+00:00",
            "endDate": "2028-03-01",
            "kind": "care-refresh-plus",
            "lastDate": "2028-02-29",
            "start": "2027-03-01T00:00:00.000+00:00",
            "startDate": "2027-03-01",
            "timeZone": "UTC",
          },
          "replacements": {
            "allowed": 1,
            "remaining": 0,
            "used": 1,
          },
        },
      }
    `);
  });
});

describe('SVC-REPAIR-DISCOUNT', () => {
  // Kills the wording mutants of assessDiscountedRepair and discountCap.
  it('words a discounted repair for damage and for a malfunction out of warranty', () => {
    const d = assessDiscountedRepair(MAVIC_1Y, [], { at: '2026-06-01T00:00:00Z', serial: 'M3-0001', cause: 'damage' });
    expect(trace(d)).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass SVC-REPAIR-DISCOUNT: DJI Mavic 3 has exclusive repair discounts. | expected: DJI Mavic 3 or Mavic 3 Cine | received: DJI Mavic 3",
        "pass PERIOD-OUTSIDE: The repair is inside the plan's validity. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "pass SVC-REPAIR-DISCOUNT: A discounted repair is left (2). | expected: a discounted repair left | received: 2 left of 2",
      ]
    `);
    expect(valueOf(d)).toMatchInlineSnapshot(`
      {
        "clause": "SVC-REPAIR-DISCOUNT",
        "discountCap": {
          "published": false,
          "reason": {
            "clause": "SVC-REPAIR-DISCOUNT",
            "code": "repair.cap-unpublished",
            "expected": "a published cap",
            "message": "The discount and its cap ("within a certain quota") are not published in the source.",
            "params": {},
            "received": "none",
          },
        },
        "event": {
          "at": "2026-06-01T00:00:00.000+00:00",
          "serial": "M3-0001",
          "type": "discounted-repair",
        },
        "remainingAfter": {
          "discountedRepairs": 1,
        },
        "service": "discounted-repair",
        "warranty": null,
      }
    `);
    const late = { ...MAVIC_1Y, officialWarrantyStart: '2025-01-01' };
    expect(trace(assessDiscountedRepair(late, [], { at: '2026-06-01T00:00:00Z', serial: 'M3-0001', cause: 'malfunction' }))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass USE-WARRANTY-FIRST: No warranty is in force for this malfunction, so the plan's repair discount is what applies. | expected: a warranty in force | received: none",
        "pass SVC-REPAIR-DISCOUNT: DJI Mavic 3 has exclusive repair discounts. | expected: DJI Mavic 3 or Mavic 3 Cine | received: DJI Mavic 3",
        "pass PERIOD-OUTSIDE: The repair is inside the plan's validity. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "pass SVC-REPAIR-DISCOUNT: A discounted repair is left (2). | expected: a discounted repair left | received: 2 left of 2",
      ]
    `);
  });

  it('words a repair with none left, outside the validity, and a model without discounts', () => {
    const used = [repair('2026-04-01T00:00:00Z'), repair('2026-05-01T00:00:00Z')];
    expect(trace(assessDiscountedRepair(MAVIC_1Y, used, { at: '2026-06-01T00:00:00Z', serial: 'M3-0001', cause: 'damage' }))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass SVC-REPAIR-DISCOUNT: DJI Mavic 3 has exclusive repair discounts. | expected: DJI Mavic 3 or Mavic 3 Cine | received: DJI Mavic 3",
        "pass PERIOD-OUTSIDE: The repair is inside the plan's validity. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "FAIL SVC-REPAIR-DISCOUNT: No discounted repair is left on the plan. | expected: a discounted repair left | received: 0 left of 2",
      ]
    `);
    expect(trace(assessDiscountedRepair(MAVIC_1Y, [], { at: '2027-03-01T00:00:00Z', serial: 'M3-0001', cause: 'damage' }))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass SVC-REPAIR-DISCOUNT: DJI Mavic 3 has exclusive repair discounts. | expected: DJI Mavic 3 or Mavic 3 Cine | received: DJI Mavic 3",
        "FAIL PERIOD-OUTSIDE: The repair is after the validity ended (last day 2027-02-28); it is not covered. | expected: between 2026-03-01 and 2027-02-28 | received: 2027-03-01",
      ]
    `);
    expect(trace(assessDiscountedRepair(OM5, [], { at: '2026-06-01T00:00:00Z', serial: 'OM-0001', cause: 'damage' }))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit OM-0001 is the unit bound to the plan. | expected: the plan's unit (OM-0001) | received: OM-0001",
        "FAIL SVC-REPAIR-DISCOUNT: Exclusive repair discounts are not offered for DJI OM 5. | expected: DJI Mavic 3 or Mavic 3 Cine | received: DJI OM 5",
      ]
    `);
  });
});

describe('USE-WARRANTY-FIRST', () => {
  it('words a warranty repair', () => {
    const d = assessDiscountedRepair(MAVIC_1Y, [], { at: '2026-06-01T00:00:00Z', serial: 'M3-0001', cause: 'malfunction' });
    expect(trace(d)).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass USE-WARRANTY-FIRST: The malfunction is covered by the warranty (official-warranty, last day 2027-02-28); it uses none of the plan's replacements or discounts. | expected: a malfunction not caused by the user, under warranty | received: official-warranty in force",
      ]
    `);
    expect(valueOf(d)).toMatchInlineSnapshot(`
      {
        "clause": "USE-WARRANTY-FIRST",
        "discountCap": null,
        "event": {
          "at": "2026-06-01T00:00:00.000+00:00",
          "serial": "M3-0001",
          "type": "warranty-repair",
        },
        "remainingAfter": {
          "discountedRepairs": 2,
        },
        "service": "warranty-repair",
        "warranty": {
          "clause": "SVC-WARRANTY-EXT",
          "end": "2027-03-01T00:00:00.000+00:00",
          "endDate": "2027-03-01",
          "kind": "official-warranty",
          "lastDate": "2027-02-28",
          "start": "2026-03-01T00:00:00.000+00:00",
          "startDate": "2026-03-01",
          "timeZone": "UTC",
        },
      }
    `);
  });
});

describe('SVC-MAINTENANCE', () => {
  // Kills the wording mutants of assessMaintenance.
  it('words maintenance: accepted, none left, outside, and a model without it', () => {
    const ok = assessMaintenance(MAVIC_1Y, [], { at: '2026-06-01T00:00:00Z', serial: 'M3-0001' });
    expect(trace(ok)).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass SVC-MAINTENANCE: DJI Mavic 3 has factory maintenance. | expected: DJI Mavic 3 or Mavic 3 Cine | received: DJI Mavic 3",
        "pass PERIOD-OUTSIDE: The maintenance request is inside the plan's validity. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "pass SVC-MAINTENANCE: A factory maintenance service is left (1). | expected: a factory maintenance service left | received: 1 left of 1",
      ]
    `);
    expect(valueOf(ok)).toMatchInlineSnapshot(`
      {
        "event": {
          "at": "2026-06-01T00:00:00.000+00:00",
          "serial": "M3-0001",
          "type": "factory-maintenance",
        },
        "findings": {
          "clause": "USE-MAINTENANCE-FINDINGS",
          "code": "maintenance.findings",
          "message": "Faults found during factory maintenance are handled through the warranty, a replacement or a discounted repair, whichever applies.",
          "params": {},
        },
        "period": {
          "clause": "PERIOD-1Y",
          "end": "2027-03-01T00:00:00.000+00:00",
          "endDate": "2027-03-01",
          "kind": "replacement",
          "lastDate": "2027-02-28",
          "start": "2026-03-01T00:00:00.000+00:00",
          "startDate": "2026-03-01",
          "timeZone": "UTC",
        },
        "remainingAfter": {
          "maintenance": 0,
        },
      }
    `);
    const used = [{ type: 'factory-maintenance', at: '2026-04-01T00:00:00Z', serial: 'M3-0001' } as const];
    expect(trace(assessMaintenance(MAVIC_1Y, used, { at: '2026-06-01T00:00:00Z', serial: 'M3-0001' }))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass SVC-MAINTENANCE: DJI Mavic 3 has factory maintenance. | expected: DJI Mavic 3 or Mavic 3 Cine | received: DJI Mavic 3",
        "pass PERIOD-OUTSIDE: The maintenance request is inside the plan's validity. | expected: between 2026-03-01 and 2027-02-28 | received: 2026-06-01",
        "FAIL SVC-MAINTENANCE: No factory maintenance service is left on the plan. | expected: a factory maintenance service left | received: 0 left of 1",
      ]
    `);
    expect(trace(assessMaintenance(MAVIC_1Y, [], { at: '2027-03-01T00:00:00Z', serial: 'M3-0001' }))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit M3-0001 is the unit bound to the plan. | expected: the plan's unit (M3-0001) | received: M3-0001",
        "pass SVC-MAINTENANCE: DJI Mavic 3 has factory maintenance. | expected: DJI Mavic 3 or Mavic 3 Cine | received: DJI Mavic 3",
        "FAIL PERIOD-OUTSIDE: The maintenance request is after the validity ended (last day 2027-02-28); it is not covered. | expected: between 2026-03-01 and 2027-02-28 | received: 2027-03-01",
      ]
    `);
    expect(trace(assessMaintenance(ACTION2, [], { at: '2026-06-01T00:00:00Z', serial: 'AC-0001' }))).toMatchInlineSnapshot(`
      [
        "pass REBIND-REPLACEMENT: Unit AC-0001 is the unit bound to the plan. | expected: the plan's unit (AC-0001) | received: AC-0001",
        "FAIL SVC-MAINTENANCE: Factory maintenance is not offered for DJI Action 2. | expected: DJI Mavic 3 or Mavic 3 Cine | received: DJI Action 2",
      ]
    `);
  });
});

describe('PERIOD-1Y', () => {
  // Kills mutants of planStatus that only a whole status shows: periods in force, quotas,
  // what is available, Safe Flight and Care Refresh+ at once.
  it('gives the whole status of a plan with each kind of event', () => {
    const events = [damage('2026-04-01T00:00:00Z'), rebind('2026-04-05T00:00:00Z', 'M3-0002'), repair('2026-05-01T00:00:00Z', 'M3-0002'), warranty('2026-05-02T00:00:00Z', 'M3-0002')];
    const s = planStatus(MAVIC_1Y, events, '2026-06-01T00:00:00Z');
    expect({ ...s, periods: s.periods.map((p) => `${p.kind} ${p.startDate}..${p.lastDate} ${p.inForce}`), nextFees: JSON.stringify(s.nextFees) }).toMatchInlineSnapshot(`
      {
        "anomalies": [],
        "at": "2026-06-01T00:00:00.000+00:00",
        "available": {
          "damage": 1,
          "discountedRepairs": 1,
          "flyaway": 1,
          "maintenance": 1,
          "replacements": 1,
        },
        "carePlus": {
          "canBuy": true,
          "purchased": false,
          "purchasedAt": null,
          "reasons": [],
        },
        "discountedRepairs": {
          "allowed": 2,
          "clause": "SVC-REPAIR-DISCOUNT",
          "inForce": true,
          "period": {
            "clause": "PERIOD-1Y",
            "end": "2027-03-01T00:00:00.000+00:00",
            "endDate": "2027-03-01",
            "kind": "repair-discount",
            "lastDate": "2027-02-28",
            "start": "2026-03-01T00:00:00.000+00:00",
            "startDate": "2026-03-01",
            "timeZone": "UTC",
          },
          "remaining": 1,
          "used": 1,
        },
        "edition": "DJI Care Refresh (DJI Mavic 3) page and FAQ, as in dji-care-refresh/spec",
        "formerSerials": [
          "M3-0001",
        ],
        "maintenance": {
          "allowed": 1,
          "clause": "SVC-MAINTENANCE",
          "inForce": true,
          "period": {
            "clause": "PERIOD-1Y",
            "end": "2027-03-01T00:00:00.000+00:00",
            "endDate": "2027-03-01",
            "kind": "replacement",
            "lastDate": "2027-02-28",
            "start": "2026-03-01T00:00:00.000+00:00",
            "startDate": "2026-03-01",
            "timeZone": "UTC",
          },
          "remaining": 1,
          "used": 0,
        },
        "nextFees": "{"damage":{"published":true,"fee":{"amount":"199.00","currency":"USD"},"kind":"damage","ordinal":2,"clause":"CAT-FEES-MAVIC3-1Y","source":"DJI Care Refresh (DJI Mavic 3) retailer page and DJI FAQ"},"flyaway":{"published":true,"fee":{"amount":"739.00","currency":"USD"},"kind":"flyaway","ordinal":2,"clause":"CAT-FEES-MAVIC3-1Y","source":"DJI Care Refresh (DJI Mavic 3) retailer page and DJI FAQ"}}",
        "periods": [
          "replacement 2026-03-01..2027-02-28 true",
          "repair-discount 2026-03-01..2027-02-28 true",
          "official-warranty 2026-03-01..2027-02-28 true",
          "safe-flight 2027-03-01..2028-02-29 false",
        ],
        "plan": {
          "agreementDate": "2026-03-01",
          "product": "mavic-3",
          "region": "US",
          "serial": "M3-0001",
          "term": "1y",
          "timeZone": "UTC",
        },
        "renewal": null,
        "replacement": {
          "clause": "QUOTA-1Y",
          "damage": {
            "allowed": 2,
            "remaining": 1,
            "used": 1,
          },
          "flyaway": {
            "allowed": 1,
            "remaining": 1,
            "used": 0,
          },
          "inForce": true,
          "period": {
            "clause": "PERIOD-1Y",
            "end": "2027-03-01T00:00:00.000+00:00",
            "endDate": "2027-03-01",
            "kind": "replacement",
            "lastDate": "2027-02-28",
            "start": "2026-03-01T00:00:00.000+00:00",
            "startDate": "2026-03-01",
            "timeZone": "UTC",
          },
          "replacements": {
            "allowed": 2,
            "remaining": 1,
            "used": 1,
          },
        },
        "safeFlight": {
          "inForce": false,
          "period": {
            "clause": "PERIOD-SAFE-FLIGHT",
            "end": "2028-03-01T00:00:00.000+00:00",
            "endDate": "2028-03-01",
            "kind": "safe-flight",
            "lastDate": "2028-02-29",
            "start": "2027-03-01T00:00:00.000+00:00",
            "startDate": "2027-03-01",
            "timeZone": "UTC",
          },
          "reasons": [
            {
              "clause": "SVC-SAFE-FLIGHT",
              "code": "safe-flight.used",
              "expected": "no replacement and no discounted repair used",
              "message": "A damage replacement was used on 2026-04-01, so the Safe Flight reward is forfeited.",
              "params": {
                "date": "2026-04-01",
                "service": "damage-replacement",
              },
              "received": "damage-replacement on 2026-04-01",
            },
            {
              "clause": "SVC-SAFE-FLIGHT",
              "code": "safe-flight.used",
              "expected": "no replacement and no discounted repair used",
              "message": "A discounted repair was used on 2026-05-01, so the Safe Flight reward is forfeited.",
              "params": {
                "date": "2026-05-01",
                "service": "discounted-repair",
              },
              "received": "discounted-repair on 2026-05-01",
            },
            {
              "clause": "PERIOD-SAFE-FLIGHT",
              "code": "safe-flight.validity-running",
              "expected": "after 2027-02-28",
              "message": "The reward is decided when the plan's validity ends (last day 2027-02-28).",
              "params": {
                "date": "2026-06-01",
                "validityLastDate": "2027-02-28",
              },
              "received": "2026-06-01",
            },
          ],
          "state": "forfeited",
        },
        "serial": "M3-0002",
        "warrantyRepairs": 1,
      }
    `);
    expect(DEFAULT_TERMS.edition).toBe(s.edition);
  });
});

describe('PERIOD-2Y', () => {
  // Kills the StringLiteral / ArithmeticOperator mutants of timelineSvg and timelineText that
  // the structural tests in timeline.test.ts let through: the whole drawing of a 2-year plan's
  // periods, with a title, a marker and custom labels, is pinned.
  const periods = planStatus(MAVIC_2Y, [], '2026-06-01T00:00:00Z').periods.map(({ inForce: _inForce, ...p }) => p);

  it('draws the whole SVG', () => {
    expect(timelineSvg(periods, { title: 'Plan <M3-0001>', today: '2026-06-01', labels: { replacement: 'Ersatz' }, width: 640 })).toMatchInlineSnapshot(`
      "<svg xmlns="http://www.w3.org/2000/svg" width="640" height="292" viewBox="0 0 640 292" font-family="DejaVu Sans, Liberation Sans, Arial, 'Noto Sans CJK JP', 'Noto Sans CJK', sans-serif" font-size="12">
      <title>Plan &lt;M3-0001&gt;: Timeline of 5 periods, dates in UTC</title>
      <rect class="background" x="0" y="0" width="640" height="292" fill="#ffffff"/>
      <text class="title" x="16" y="22" font-size="16" font-weight="bold" fill="#111111">Plan &lt;M3-0001&gt;</text>
      <g class="axis">
      <line x1="16" y1="252" x2="624" y2="252" stroke="#444444" stroke-width="1"/>
      <line class="tick month" x1="16" y1="52" x2="16" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <text class="year-label" x="18" y="282" font-weight="bold" fill="#333333">2026</text>
      <line class="tick month" x1="33.2" y1="52" x2="33.2" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="35.2" y="268" font-size="10" fill="#666666">Apr</text>
      <line class="tick month" x1="49.84" y1="52" x2="49.84" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="67.04" y1="52" x2="67.04" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="83.68" y1="52" x2="83.68" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="85.68" y="268" font-size="10" fill="#666666">Jul</text>
      <line class="tick month" x1="100.88" y1="52" x2="100.88" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="118.07" y1="52" x2="118.07" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="134.72" y1="52" x2="134.72" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="136.72" y="268" font-size="10" fill="#666666">Oct</text>
      <line class="tick month" x1="151.91" y1="52" x2="151.91" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="168.55" y1="52" x2="168.55" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick year" x1="185.75" y1="46" x2="185.75" y2="258" stroke="#888888" stroke-width="1"/>
      <text class="month-label" x="187.75" y="268" font-size="10" fill="#666666">Jan</text>
      <text class="year-label" x="187.75" y="282" font-weight="bold" fill="#333333">2027</text>
      <line class="tick month" x1="202.95" y1="52" x2="202.95" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="218.48" y1="52" x2="218.48" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="235.68" y1="52" x2="235.68" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="237.68" y="268" font-size="10" fill="#666666">Apr</text>
      <line class="tick month" x1="252.32" y1="52" x2="252.32" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="269.52" y1="52" x2="269.52" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="286.16" y1="52" x2="286.16" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="288.16" y="268" font-size="10" fill="#666666">Jul</text>
      <line class="tick month" x1="303.36" y1="52" x2="303.36" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="320.55" y1="52" x2="320.55" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="337.2" y1="52" x2="337.2" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="339.2" y="268" font-size="10" fill="#666666">Oct</text>
      <line class="tick month" x1="354.39" y1="52" x2="354.39" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="371.04" y1="52" x2="371.04" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick year" x1="388.23" y1="46" x2="388.23" y2="258" stroke="#888888" stroke-width="1"/>
      <text class="month-label" x="390.23" y="268" font-size="10" fill="#666666">Jan</text>
      <text class="year-label" x="390.23" y="282" font-weight="bold" fill="#333333">2028</text>
      <line class="tick month" x1="405.43" y1="52" x2="405.43" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="421.52" y1="52" x2="421.52" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="438.72" y1="52" x2="438.72" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="440.72" y="268" font-size="10" fill="#666666">Apr</text>
      <line class="tick month" x1="455.36" y1="52" x2="455.36" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="472.55" y1="52" x2="472.55" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="489.2" y1="52" x2="489.2" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="491.2" y="268" font-size="10" fill="#666666">Jul</text>
      <line class="tick month" x1="506.39" y1="52" x2="506.39" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="523.59" y1="52" x2="523.59" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="540.23" y1="52" x2="540.23" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="542.23" y="268" font-size="10" fill="#666666">Oct</text>
      <line class="tick month" x1="557.43" y1="52" x2="557.43" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="574.07" y1="52" x2="574.07" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick year" x1="591.27" y1="46" x2="591.27" y2="258" stroke="#888888" stroke-width="1"/>
      <text class="month-label" x="593.27" y="268" font-size="10" fill="#666666">Jan</text>
      <text class="year-label" x="593.27" y="282" font-weight="bold" fill="#333333">2029</text>
      <line class="tick month" x1="608.47" y1="52" x2="608.47" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="624" y1="52" x2="624" y2="255" stroke="#e4e4e4" stroke-width="1"/>
      </g>
      <g class="periods">
      <g class="period" data-kind="replacement" data-clause="PERIOD-2Y">
      <title>Ersatz (PERIOD-2Y): in force from 2026-03-01 to 2028-02-29 inclusive</title>
      <rect x="16" y="70" width="405.52" height="16" rx="3" fill="#0072B2"/>
      </g>
      <g class="period" data-kind="repair-discount" data-clause="PERIOD-2Y">
      <title>Repair discounts (PERIOD-2Y): in force from 2026-03-01 to 2028-02-29 inclusive</title>
      <rect x="16" y="110" width="405.52" height="16" rx="3" fill="#56B4E9"/>
      </g>
      <g class="period" data-kind="official-warranty" data-clause="SVC-WARRANTY-EXT">
      <title>Official warranty (SVC-WARRANTY-EXT): in force from 2026-03-01 to 2027-02-28 inclusive</title>
      <rect x="16" y="150" width="202.48" height="16" rx="3" fill="#009E73"/>
      </g>
      <g class="period" data-kind="extended-warranty" data-clause="PERIOD-WARRANTY-2Y">
      <title>Extended warranty (PERIOD-WARRANTY-2Y): in force from 2027-03-01 to 2028-02-29 inclusive</title>
      <rect x="218.48" y="190" width="203.04" height="16" rx="3" fill="#E69F00"/>
      </g>
      <g class="period" data-kind="safe-flight" data-clause="PERIOD-SAFE-FLIGHT">
      <title>Safe Flight warranty (if earned) (PERIOD-SAFE-FLIGHT): in force from 2028-03-01 to 2029-02-28 inclusive</title>
      <rect x="421.52" y="230" width="202.48" height="16" rx="3" fill="#CC79A7"/>
      </g>
      </g>
      <g class="today">
      <line x1="67.04" y1="42" x2="67.04" y2="252" stroke="#D00000" stroke-width="2"/>
      <text x="71.04" y="50" font-weight="bold" fill="#D00000">today 2026-06-01</text>
      </g>
      <g class="labels" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">
      <text x="16" y="65" fill="#111111">Ersatz: 2026-03-01 – 2028-02-29 · PERIOD-2Y</text>
      <text x="16" y="105" fill="#111111">Repair discounts: 2026-03-01 – 2028-02-29 · PERIOD-2Y</text>
      <text x="16" y="145" fill="#111111">Official warranty: 2026-03-01 – 2027-02-28 · SVC-WARRANTY-EXT</text>
      <text x="218.48" y="185" fill="#111111">Extended warranty: 2027-03-01 – 2028-02-29 · PERIOD-WARRANTY-2Y</text>
      <text x="624" y="225" text-anchor="end" fill="#111111">Safe Flight warranty (if earned): 2028-03-01 – 2029-02-28 · PERIOD-SAFE-FLIGHT</text>
      </g>
      </svg>
      "
    `);
  });

  it('draws the whole SVG with the today marker right of the middle and every third month labelled', () => {
    expect(timelineSvg(periods.slice(0, 2), { today: '2028-01-15T12:00:00Z', width: 320, height: 200 })).toMatchInlineSnapshot(`
      "<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 320 200" font-family="DejaVu Sans, Liberation Sans, Arial, 'Noto Sans CJK JP', 'Noto Sans CJK', sans-serif" font-size="12">
      <title>Timeline of 2 periods, dates in UTC</title>
      <rect class="background" x="0" y="0" width="320" height="200" fill="#ffffff"/>
      <g class="axis">
      <line x1="16" y1="160" x2="304" y2="160" stroke="#444444" stroke-width="1"/>
      <line class="tick month" x1="16" y1="28" x2="16" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <text class="year-label" x="18" y="190" font-weight="bold" fill="#333333">2026</text>
      <line class="tick month" x1="28.21" y1="28" x2="28.21" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="30.21" y="176" font-size="10" fill="#666666">Apr</text>
      <line class="tick month" x1="40.03" y1="28" x2="40.03" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="52.25" y1="28" x2="52.25" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="64.07" y1="28" x2="64.07" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="66.07" y="176" font-size="10" fill="#666666">Jul</text>
      <line class="tick month" x1="76.28" y1="28" x2="76.28" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="88.49" y1="28" x2="88.49" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="100.31" y1="28" x2="100.31" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="102.31" y="176" font-size="10" fill="#666666">Oct</text>
      <line class="tick month" x1="112.53" y1="28" x2="112.53" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="124.34" y1="28" x2="124.34" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick year" x1="136.56" y1="22" x2="136.56" y2="166" stroke="#888888" stroke-width="1"/>
      <text class="month-label" x="138.56" y="176" font-size="10" fill="#666666">Jan</text>
      <text class="year-label" x="138.56" y="190" font-weight="bold" fill="#333333">2027</text>
      <line class="tick month" x1="148.77" y1="28" x2="148.77" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="159.8" y1="28" x2="159.8" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="172.02" y1="28" x2="172.02" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="174.02" y="176" font-size="10" fill="#666666">Apr</text>
      <line class="tick month" x1="183.84" y1="28" x2="183.84" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="196.05" y1="28" x2="196.05" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="207.87" y1="28" x2="207.87" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="209.87" y="176" font-size="10" fill="#666666">Jul</text>
      <line class="tick month" x1="220.08" y1="28" x2="220.08" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="232.3" y1="28" x2="232.3" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="244.11" y1="28" x2="244.11" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <text class="month-label" x="246.11" y="176" font-size="10" fill="#666666">Oct</text>
      <line class="tick month" x1="256.33" y1="28" x2="256.33" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="268.15" y1="28" x2="268.15" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick year" x1="280.36" y1="22" x2="280.36" y2="166" stroke="#888888" stroke-width="1"/>
      <text class="month-label" x="282.36" y="176" font-size="10" fill="#666666">Jan</text>
      <text class="year-label" x="282.36" y="190" font-weight="bold" fill="#333333">2028</text>
      <line class="tick month" x1="292.57" y1="28" x2="292.57" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      <line class="tick month" x1="304" y1="28" x2="304" y2="163" stroke="#e4e4e4" stroke-width="1"/>
      </g>
      <g class="periods">
      <g class="period" data-kind="replacement" data-clause="PERIOD-2Y">
      <title>Replacement service (PERIOD-2Y): in force from 2026-03-01 to 2028-02-29 inclusive</title>
      <rect x="16" y="57.7" width="288" height="26.4" rx="3" fill="#0072B2"/>
      </g>
      <g class="period" data-kind="repair-discount" data-clause="PERIOD-2Y">
      <title>Repair discounts (PERIOD-2Y): in force from 2026-03-01 to 2028-02-29 inclusive</title>
      <rect x="16" y="123.7" width="288" height="26.4" rx="3" fill="#56B4E9"/>
      </g>
      </g>
      <g class="today">
      <line x1="286.07" y1="18" x2="286.07" y2="160" stroke="#D00000" stroke-width="2"/>
      <text x="282.07" y="26" text-anchor="end" font-weight="bold" fill="#D00000">today 2028-01-15</text>
      </g>
      <g class="labels" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">
      <text x="16" y="52.7" fill="#111111">Replacement service: 2026-03-01 – 2028-02-29 · PERIOD-2Y</text>
      <text x="16" y="118.7" fill="#111111">Repair discounts: 2026-03-01 – 2028-02-29 · PERIOD-2Y</text>
      </g>
      </svg>
      "
    `);
  });

  it('draws the whole text, in Unicode and in ASCII', () => {
    expect(timelineText(periods, { title: 'Plan M3-0001', today: '2026-06-01', columns: 40 })).toMatchInlineSnapshot(`
      "Plan M3-0001
      Dates in UTC
                                        2026       2027         2028          2029
      Replacement service               ███████████████████████████           │   2026-03-01 – 2028-02-29  PERIOD-2Y
      Repair discounts                  ███████████████████████████           │   2026-03-01 – 2028-02-29  PERIOD-2Y
      Official warranty                 █████████████           │             │   2026-03-01 – 2027-02-28  SVC-WARRANTY-EXT
      Extended warranty                            │ ██████████████           │   2027-03-01 – 2028-02-29  PERIOD-WARRANTY-2Y
      Safe Flight warranty (if earned)             │            │  █████████████  2028-03-01 – 2029-02-28  PERIOD-SAFE-FLIGHT
                                           ▲ today 2026-06-01
      "
    `);
    expect(timelineText(periods.slice(0, 2), { today: '2028-01-15T12:00:00Z', columns: 24, ascii: true })).toMatchInlineSnapshot(`
      "Dates in UTC
                           2026      2027        2028
      Replacement service  ########################  2026-03-01 to 2028-02-29  PERIOD-2Y
      Repair discounts     ########################  2026-03-01 to 2028-02-29  PERIOD-2Y
                                                  ^ today 2028-01-15
      "
    `);
  });
});

describe('PERIOD-OUTSIDE', () => {
  // Kills the wording mutants of describePlan for statuses before, between and after validity.
  it('describes a plan before it starts, with the renewal year and after it ends', () => {
    const before = planStatus(MAVIC_2Y, [], '2026-02-15T00:00:00Z');
    expect(describePlan(before)).toMatchInlineSnapshot(`
      "DJI Care Refresh (2-year plan) for DJI Mavic 3, unit M3-0001, bought in US. Status on 2026-02-15 (dates are local dates in UTC).
      Replacements: none can be used yet; the plan takes effect on 2026-03-01, then 3 until 2028-02-29. [PERIOD-START, PERIOD-OUTSIDE]
      Discounted repairs: 3, from 2026-03-01 until 2028-02-29. [SVC-REPAIR-DISCOUNT, PERIOD-OUTSIDE]
      Factory maintenance: 2, from 2026-03-01 until 2028-02-29. [SVC-MAINTENANCE, PERIOD-OUTSIDE]
      Safe Flight reward: if no replacement and no discounted repair is used while the plan is valid, a further year of warranty follows, from 2028-03-01 until 2029-02-28. [SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT]
      DJI Care Refresh+: cannot be bought. DJI Care Refresh+ is not sold for a 2-year plan. The plan has not taken effect yet; it starts on 2026-03-01. [PLUS-NOT-2Y, PLUS-ELIGIBLE]"
    `);
    const twice = [damage('2026-04-01T00:00:00Z'), rebind('2026-04-02T00:00:00Z', 'M3-0002'), flyaway('2026-05-01T00:00:00Z', 'M3-0002'), rebind('2026-05-02T00:00:00Z', 'M3-0003', 'M3-0002')];
    expect(describePlan(planStatus(MAVIC_1Y, twice, '2026-06-01T00:00:00Z'))).toMatchInlineSnapshot(`
      "DJI Care Refresh (1-year plan) for DJI Mavic 3, unit M3-0003, bought in US. Status on 2026-06-01 (dates are local dates in UTC).
      The plan moved to unit M3-0003 after a replacement; units M3-0001, M3-0002 no longer have a plan. [REBIND-REPLACEMENT]
      Replacements: none left (2 of 2 used), until 2027-02-28. [QUOTA-1Y]
        - Damage: none left. [QUOTA-1Y]
        - Flyaway: none left. [QUOTA-1Y]
      Discounted repairs: 2 of 2 left, until 2027-02-28. [SVC-REPAIR-DISCOUNT]
      Factory maintenance: 1 of 1 left, until 2027-02-28. [SVC-MAINTENANCE]
      Safe Flight reward: forfeited. A damage replacement was used on 2026-04-01 and a flyaway replacement on 2026-05-01. [SVC-SAFE-FLIGHT]
      DJI Care Refresh+: cannot be bought. No replacement is left on the plan. [PLUS-ELIGIBLE]"
    `);
    const events = [damage('2026-04-01T00:00:00Z'), rebind('2026-04-02T00:00:00Z', 'M3-0002'), plus('2026-06-01T00:00:00Z', 'M3-0002'), warranty('2026-07-01T00:00:00Z', 'M3-0002')];
    expect(describePlan(planStatus(MAVIC_1Y, events, '2027-06-01T00:00:00Z'))).toMatchInlineSnapshot(`
      "DJI Care Refresh (1-year plan) for DJI Mavic 3, unit M3-0002, bought in US. Status on 2027-06-01 (dates are local dates in UTC).
      The plan moved to unit M3-0002 after a replacement; unit M3-0001 no longer has a plan. [REBIND-REPLACEMENT]
      Replacements in the DJI Care Refresh+ renewal year: 1 of 1 left, until 2028-02-29. [PLUS-EFFECT]
        - Damage: 1 left; the fee is not published for this plan. [PLUS-EFFECT]
        - Flyaway: not included in the renewal year. [PLUS-EFFECT]
      Discounted repairs: none can be used; the last day was 2027-02-28. [SVC-REPAIR-DISCOUNT, PERIOD-OUTSIDE]
      Factory maintenance: none can be used; the last day was 2027-02-28. [SVC-MAINTENANCE, PERIOD-OUTSIDE]
      Repairs under warranty so far: 1; they used none of the replacements or discounts. [USE-WARRANTY-FIRST]
      Safe Flight reward: forfeited. A damage replacement was used on 2026-04-01. [SVC-SAFE-FLIGHT]
      DJI Care Refresh+: bought on 2026-06-01; renewal year from 2027-03-01 until 2028-02-29. [PLUS-EFFECT]"
    `);
    expect(describePlan(planStatus(MAVIC_1Y, events, '2028-06-01T00:00:00Z'), { clauses: false })).toMatchInlineSnapshot(`
      "DJI Care Refresh (1-year plan) for DJI Mavic 3, unit M3-0002, bought in US. Status on 2028-06-01 (dates are local dates in UTC).
      The plan moved to unit M3-0002 after a replacement; unit M3-0001 no longer has a plan.
      Replacements: none can be used; the replacement service ended, its last day was 2028-02-29.
      Discounted repairs: none can be used; the last day was 2027-02-28.
      Factory maintenance: none can be used; the last day was 2027-02-28.
      Repairs under warranty so far: 1; they used none of the replacements or discounts.
      Safe Flight reward: forfeited. A damage replacement was used on 2026-04-01.
      DJI Care Refresh+: bought on 2026-06-01; renewal year from 2027-03-01 until 2028-02-29."
    `);
    expect(describePlan(planStatus(OM5, [], '2026-06-01T00:00:00Z'))).toMatchInlineSnapshot(`
      "DJI Care Refresh (1-year plan) for DJI OM 5, unit OM-0001, bought in JP. Status on 2026-06-01 (dates are local dates in Asia/Tokyo).
      Replacements: 2 of 2 left, until 2027-02-28. [QUOTA-1Y]
        - Damage: 2 left; the fee is not published for this plan. [CAT-FEES-MAVIC3-1Y]
        - Flyaway: not covered for DJI OM 5. [SVC-REPLACE-FLYAWAY]
      Discounted repairs: not included for DJI OM 5. [SVC-REPAIR-DISCOUNT]
      Factory maintenance: not included for DJI OM 5. [SVC-MAINTENANCE]
      Safe Flight reward: not offered for DJI OM 5. [SVC-SAFE-FLIGHT]
      DJI Care Refresh+: can be bought until 2027-02-28, while a replacement is left. [PLUS-ELIGIBLE]"
    `);
    expect(describePlan(planStatus(MAVIC_1Y, [], '2027-06-01T00:00:00Z'))).toMatchInlineSnapshot(`
      "DJI Care Refresh (1-year plan) for DJI Mavic 3, unit M3-0001, bought in US. Status on 2027-06-01 (dates are local dates in UTC).
      Replacements: none can be used; the replacement service ended, its last day was 2027-02-28. [PERIOD-OUTSIDE]
      Discounted repairs: none can be used; the last day was 2027-02-28. [SVC-REPAIR-DISCOUNT, PERIOD-OUTSIDE]
      Factory maintenance: none can be used; the last day was 2027-02-28. [SVC-MAINTENANCE, PERIOD-OUTSIDE]
      Safe Flight reward: earned, a further year of warranty from 2027-03-01 until 2028-02-29 (in force now). [SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT]
      DJI Care Refresh+: cannot be bought. The plan expired at the end of 2027-02-28. [PLUS-ELIGIBLE]"
    `);
    expect(describePlan(planStatus(MAVIC_1Y, [], '2029-06-01T00:00:00Z'))).toMatchInlineSnapshot(`
      "DJI Care Refresh (1-year plan) for DJI Mavic 3, unit M3-0001, bought in US. Status on 2029-06-01 (dates are local dates in UTC).
      Replacements: none can be used; the replacement service ended, its last day was 2027-02-28. [PERIOD-OUTSIDE]
      Discounted repairs: none can be used; the last day was 2027-02-28. [SVC-REPAIR-DISCOUNT, PERIOD-OUTSIDE]
      Factory maintenance: none can be used; the last day was 2027-02-28. [SVC-MAINTENANCE, PERIOD-OUTSIDE]
      Safe Flight reward: earned, a further year of warranty from 2027-03-01 until 2028-02-29 (ended). [SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT]
      DJI Care Refresh+: cannot be bought. The plan expired at the end of 2027-02-28. [PLUS-ELIGIBLE]"
    `);
  });
});

/** Terms whose Care Refresh+ year has two damage and one flyaway replacement (a caller's terms). */
const RICH_PLUS: Terms = { ...DEFAULT_TERMS, edition: 'Rich Care Refresh+', carePlus: { ...DEFAULT_TERMS.carePlus, damageReplacements: 2, flyawayReplacements: 1 } };

describe('PLUS-EFFECT', () => {
  // Kills plan-state.ts `window.damage - use.damage` → `+` (remaining damage in a renewal year
  // whose damage count is below its total) and ledger.ts usedAll's `+ renewalUse.damage` /
  // `+ renewalUse.flyaway` → `-` (the ordinal counts every replacement of the plan).
  it('counts renewal-year damage and flyaway separately, and every replacement in the ordinal', () => {
    const events = [plus('2026-06-01T00:00:00Z'), damage('2027-04-01T00:00:00Z'), flyaway('2027-05-01T00:00:00Z')];
    const afterDamage = planStatus(MAVIC_1Y, events.slice(0, 2), '2027-04-15T00:00:00Z', { terms: RICH_PLUS });
    expect({ renewal: afterDamage.renewal && [afterDamage.renewal.replacements, afterDamage.renewal.damage, afterDamage.renewal.flyaway], ordinal: afterDamage.nextFees.damage?.ordinal }).toEqual({
      renewal: [
        { allowed: 3, used: 1, remaining: 2 },
        { allowed: 2, used: 1, remaining: 1 },
        { allowed: 1, used: 0, remaining: 1 },
      ],
      ordinal: 2,
    });
    const afterBoth = planStatus(MAVIC_1Y, events, '2027-05-15T00:00:00Z', { terms: RICH_PLUS });
    expect([afterBoth.available, afterBoth.nextFees.damage?.ordinal]).toEqual([{ replacements: 1, damage: 1, flyaway: 0, discountedRepairs: 0, maintenance: 0 }, 3]);
  });

  // Kills plan-state.ts `europeanRegions.includes(region)` → true and `warrantyEnd > from` →
  // true: outside Europe the Safe Flight year follows the renewal year even when the warranty
  // extension ends later; in Europe a warranty ending earlier does not pull it forward.
  it('moves Safe Flight to the later warranty end only in Europe and the UK', () => {
    const sf = (plan: Plan) => {
      const p = planStatus(plan, [plus('2026-06-01T00:00:00Z')], '2026-07-01T00:00:00Z').safeFlight.period;
      return `${p?.startDate}..${p?.lastDate}`;
    };
    // Warranty started 2026-09-01: official to 2027-08-31, Care Refresh+ extension to 2028-08-31.
    expect(sf({ ...MAVIC_1Y, officialWarrantyStart: '2026-09-01' })).toBe('2028-03-01..2029-02-28');
    // Europe, warranty started 2024-09-01: official (24 months) to 2026-08-31, extension to
    // 2027-08-31, before the renewal year ends (2028-02-29).
    expect(sf({ ...MAVIC_DE, officialWarrantyStart: '2024-09-01' })).toBe('2028-03-01..2029-02-28');
    expect(sf({ ...MAVIC_DE, officialWarrantyStart: '2026-09-01' })).toBe('2029-09-01..2030-08-31');
  });

  // Kills plan-state.ts `' '` → "" in the ledger's Care Refresh+ refusal (conditions joined).
  it('joins every failing condition of a Care Refresh+ in a ledger', () => {
    const e = errorOf(() => ledgerFromJSON([damage('2026-04-01T00:00:00Z'), flyaway('2026-05-01T00:00:00Z'), plus('2027-03-02T00:00:00Z')], MAVIC_1Y));
    expect(e.message).toBe(
      'Invalid events[2]: DJI Care Refresh+ could not be bought then: The plan expired at the end of 2027-02-28. (PLUS-ELIGIBLE) No replacement is left on the plan. (PLUS-ELIGIBLE) (received "2027-03-02T00:00:00Z").',
    );
  });
});

describe('SVC-SAFE-FLIGHT', () => {
  // Kills plan-state.ts `result === 'earned'` → true in `inForce`: a forfeited reward is not
  // in force even inside what would have been its window.
  it('is not in force when forfeited, inside its window', () => {
    const s = planStatus(MAVIC_1Y, [repair('2026-04-01T00:00:00Z')], '2027-06-01T00:00:00Z');
    expect([s.safeFlight.state, s.safeFlight.inForce]).toEqual(['forfeited', false]);
  });
});

describe('QUOTA-1Y', () => {
  // Kills plan-state.ts `e.ms <= until` → `<`: an event at the very instant asked about counts.
  it('counts an event at the status instant when later events exist', () => {
    const events = [damage('2026-04-01T00:00:00Z'), repair('2026-05-01T00:00:00Z')];
    const s = planStatus(MAVIC_1Y, events, '2026-04-01T00:00:00Z');
    expect([s.replacement.replacements.used, s.discountedRepairs?.used]).toEqual([1, 0]);
  });

  // Kills plan-state.ts requireNextInstant `ms >= vp.startMs` → `>`: a claim at the plan's
  // first instant, before the last event, is out of order.
  it('refuses a claim at the first instant of the plan when the ledger has later events', () => {
    const e = errorOf(() => assessMaintenance(MAVIC_1Y, [repair('2026-05-01T00:00:00Z')], { at: '2026-03-01T00:00:00Z', serial: 'M3-0001' }));
    expect([e.field, e.code]).toEqual(['request.at', 'invalid-ledger']);
  });

  // Kills ledger.ts `'flyaway'` → "" (the PERIOD-OUTSIDE wording of a flyaway claim).
  it('words a flyaway claim inside the validity', () => {
    const d = assessReplacement(MAVIC_1Y, [], { ...flyawayFacts('2026-06-01T00:00:00Z'), type: 'flyaway' });
    expect(d.trace[1]).toEqual({
      clause: 'PERIOD-OUTSIDE',
      passed: true,
      message: "The flyaway is inside the plan's validity.",
      expected: 'between 2026-03-01 and 2027-02-28',
      received: '2026-06-01',
    });
  });

  // Kills ledger.ts `Damage replacement is not offered for ...` → "": a caller's product
  // without damage replacement.
  it('words a damage claim for a product without damage replacement', () => {
    const terms: Terms = {
      ...DEFAULT_TERMS,
      products: { ...DEFAULT_TERMS.products, 'test-cam': { id: 'test-cam', name: 'Test Cam', category: 'handheld', services: { ...DEFAULT_TERMS.products['om-5']!.services, damageReplacement: false } } },
    };
    const plan: Plan = { ...MAVIC_1Y, product: 'test-cam', serial: 'TC-1' };
    const d = assessReplacement(plan, [], { type: 'damage', at: '2026-06-01T00:00:00Z', serial: 'TC-1' }, { terms });
    expect(d.ok ? [] : d.reasons.map((r) => `${r.clause}: ${r.message}`)).toEqual([
      'SVC-REPLACE-DAMAGE: Damage replacement is not offered for Test Cam.',
      'QUOTA-1Y: No damage replacement is left on the plan.',
    ]);
  });
});

describe('SVC-REPAIR-DISCOUNT', () => {
  // Kills ledger.ts `leftNow >= 1` → `> 1`: the last discounted repair can be used.
  it('gives the last discounted repair', () => {
    const d = assessDiscountedRepair(MAVIC_1Y, [repair('2026-04-01T00:00:00Z')], { at: '2026-06-01T00:00:00Z', serial: 'M3-0001', cause: 'damage' });
    expect(d.ok && d.value.remainingAfter).toEqual({ discountedRepairs: 0 });
    // Kills the same comparison → `> 1` in the message: "left (1)", not "none left".
    expect(d.trace.at(-1)?.message).toBe('A discounted repair is left (1).');
  });
});

describe('FLY-QUOTA', () => {
  // Kills flyaway.ts `left.replacements === 1` → false and `''` → "Stryker was here!": one
  // replacement left reads in the singular when the flyaway is accepted.
  it('words one replacement left in the singular', () => {
    const d = checkFlyaway(MAVIC_1Y, [damage('2026-04-01T00:00:00Z')], flyawayFacts('2026-06-01T00:00:00Z'));
    expect(d.trace.at(-1)?.message).toBe('A flyaway replacement is left on the plan (1 flyaway, 1 replacement).');
  });
});

describe('FLY-NOT-THEFT', () => {
  // Kills flyaway.ts `'wrong-type'` → "" (optionalBoolean's error code).
  it('refuses a theft answer that is not true or false, naming it', () => {
    const e = errorOf(() => checkFlyaway(MAVIC_1Y, [], { ...flyawayFacts('2026-06-01T00:00:00Z'), theftOrLoss: 'no' as unknown as boolean }));
    expect(`${e.field} ${e.code}: ${e.message}`).toBe('incident.theftOrLoss wrong-type: Invalid incident.theftOrLoss: expected true or false (received "no").');
  });
});

describe('PERIOD-START', () => {
  // Kills zoned.ts `'Invalid Date'` → "" and the range message → "": the safety net for a
  // computed date names what it got.
  it('refuses a computed date that is not a date or leaves the years 1979 to 9999', () => {
    const nan = errorOf(() => localDateOf(Number.NaN, 'UTC'));
    const far = errorOf(() => addCalendarMonths('9999-12-01', 1));
    expect([nan, far].map((e) => `${e.field} ${e.code}: ${e.message}`)).toEqual([
      'date invalid-date: Invalid date: a computed date is outside the years 1979 to 9999 (received "Invalid Date").',
      'date invalid-date: Invalid date: a computed date is outside the years 1979 to 9999 (received "10000-01-01").',
    ]);
  });
});

/** A period drawn on a timeline, from `startDate` 0:00 UTC (or `start`) to `endDate` 0:00 UTC. */
function bar(kind: string, startDate: string, endDate: string, lastDate: string, start = `${startDate}T00:00:00Z`): Period {
  return { kind, clause: 'PERIOD-1Y', start, end: `${endDate}T00:00:00Z`, startDate, endDate, lastDate, timeZone: 'UTC' } as Period;
}

const YEAR_2026 = bar('replacement', '2026-01-01', '2027-01-01', '2026-12-31');
const MONTH_LABELS = /class="month-label"/g;

describe('PERIOD-1Y', () => {
  // Kills timeline.ts `x1 > middle` → `>=` and `x(today) > middle` → `>=` (a bar and the
  // marker exactly at the middle are anchored at their start), the colour hash mutants
  // (`% 1_000_003` → `*`, `+ code` → `-`, `hash * 31` → `/`, `hasOwn(KIND_COLOURS)` → true),
  // labelOf's `.trim()` and `/[-_]+/` → `/[-_]/`, and `monthWidth >= 28` → `>` (28 px exactly).
  it('draws a bar and the marker at the exact middle, unknown kinds with a stable colour and a readable label', () => {
    const periods = [
      YEAR_2026,
      bar('bonus-cover', '2026-07-02', '2026-12-01', '2026-11-30', '2026-07-02T12:00:00Z'),
      bar('-odd--kind_', '2026-09-10', '2026-09-11', '2026-09-10'),
    ];
    const svg = timelineSvg(periods, { today: '2026-07-02T12:00:00Z', width: 368 });
    expect(svg.split('\n').filter((l) => !l.includes('class="tick') && !l.includes('-label"'))).toMatchInlineSnapshot(`
      [
        "<svg xmlns="http://www.w3.org/2000/svg" width="368" height="188" viewBox="0 0 368 188" font-family="DejaVu Sans, Liberation Sans, Arial, 'Noto Sans CJK JP', 'Noto Sans CJK', sans-serif" font-size="12">",
        "<title>Timeline of 3 periods, dates in UTC</title>",
        "<rect class="background" x="0" y="0" width="368" height="188" fill="#ffffff"/>",
        "<g class="axis">",
        "<line x1="16" y1="148" x2="352" y2="148" stroke="#444444" stroke-width="1"/>",
        "</g>",
        "<g class="periods">",
        "<g class="period" data-kind="replacement" data-clause="PERIOD-1Y">",
        "<title>Replacement service (PERIOD-1Y): in force from 2026-01-01 to 2026-12-31 inclusive</title>",
        "<rect x="16" y="46" width="336" height="16" rx="3" fill="#0072B2"/>",
        "</g>",
        "<g class="period" data-kind="bonus-cover" data-clause="PERIOD-1Y">",
        "<title>Bonus cover (PERIOD-1Y): in force from 2026-07-02 to 2026-11-30 inclusive</title>",
        "<rect x="184" y="86" width="139.46" height="16" rx="3" fill="#999999"/>",
        "</g>",
        "<g class="period" data-kind="-odd--kind_" data-clause="PERIOD-1Y">",
        "<title>Odd kind (PERIOD-1Y): in force from 2026-09-10 to 2026-09-10 inclusive</title>",
        "<rect x="247.98" y="126" width="1" height="16" rx="3" fill="#CC79A7"/>",
        "</g>",
        "</g>",
        "<g class="today">",
        "<line x1="184" y1="18" x2="184" y2="148" stroke="#D00000" stroke-width="2"/>",
        "<text x="188" y="26" font-weight="bold" fill="#D00000">today 2026-07-02</text>",
        "</g>",
        "<g class="labels" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">",
        "<text x="16" y="41" fill="#111111">Replacement service: 2026-01-01 – 2026-12-31 · PERIOD-1Y</text>",
        "<text x="184" y="81" fill="#111111">Bonus cover: 2026-07-02 – 2026-11-30 · PERIOD-1Y</text>",
        "<text x="248.98" y="121" text-anchor="end" fill="#111111">Odd kind: 2026-09-10 – 2026-09-10 · PERIOD-1Y</text>",
        "</g>",
        "</svg>",
        "",
      ]
    `);
    expect(svg.match(MONTH_LABELS)).toHaveLength(12);
    // Kills timeline.ts `a + 1` → `a - 1`: a period shorter than a column still gets one.
    expect(timelineText(periods, { columns: 24, today: '2026-07-02T12:00:00Z' })).toMatchInlineSnapshot(`
      "Dates in UTC
                           2026
      Replacement service  ████████████████████████  2026-01-01 – 2026-12-31  PERIOD-1Y
      Bonus cover                      ██████████    2026-07-02 – 2026-11-30  PERIOD-1Y
      Odd kind                              █        2026-09-10 – 2026-09-10  PERIOD-1Y
                                       ▲ today 2026-07-02
      "
    `);
  });

  // Kills `monthWidth * 3 >= 28` → `>` (28 px for three months exactly), `ticks.length - 1` →
  // `+ 1` and `plotRight - plotLeft` → `+` (which months get a label).
  it('labels every month from 28 px a month, every third from 28 px for three', () => {
    const months = (n: number) => bar('replacement', '2026-01-01', addCalendarMonths('2026-01-01', n), addCalendarMonths('2026-01-01', n).replace(/01$/, '01'));
    const labels = (n: number, width: number) => timelineSvg([months(n)], { width }).match(MONTH_LABELS)?.length ?? 0;
    expect(labels(36, 368)).toBe(12); // 9.33 px a month: every third (Jan, Apr, Jul, Oct)
    expect(labels(21, 640)).toBe(21); // 28.95 px: every month
    expect(labels(22, 640)).toBe(8); // 27.64 px: every third
  });

  // Kills timeline.ts `col(t.at) - c < 5` → `<= 5` and `years.join('').trimEnd()` → `trimStart()`:
  // the first year is left out only when the next starts fewer than 5 columns after it, and
  // then the year row keeps its leading spaces.
  it('places the year labels of the text drawing', () => {
    const yearRow = (from: string) => timelineText([bar('replacement', from, addCalendarMonths(from, 24), from)], { columns: 24 }).split('\n')[1];
    expect(yearRow('2026-08-01')).toBe(`${' '.repeat(21)}2026 2027        2028`);
    expect(yearRow('2026-10-01')).toBe(`${' '.repeat(21)}   2027        2028`);
  });

  // Kills timeline.ts `today.at + 1` → `today.at - 1`: a marker on the last instant of the axis
  // widens it by a month so the marker is not on the edge.
  it('widens the axis past a marker at its end', () => {
    expect(timelineText([YEAR_2026], { columns: 26, today: '2027-01-01', ascii: true })).toMatchInlineSnapshot(`
      "Dates in UTC
                           2026                    2027
      Replacement service  ########################|   2026-01-01 to 2026-12-31  PERIOD-1Y
                                                   ^ today 2027-01-01
      "
    `);
  });

  // Kills the `last - first > MAX_SPAN_MS` → `>=` mutants (exactly 100 × 366 days is allowed,
  // for the periods and with the marker), `n > max` → `>=` (the largest width is allowed), the
  // error codes and messages of the layout, and `typeof o.today === 'string'` → true (an
  // object whose text looks like a date is not a date).
  it('accepts the limits and names each refusal', () => {
    const span = 100 * 366 * 86_400_000;
    const first = Date.parse('2000-01-01T00:00:00Z');
    const century = { ...bar('replacement', '2000-01-01', '2000-02-01', '2000-01-31'), end: new Date(first + span).toISOString() };
    expect(timelineText([century]).length).toBeGreaterThan(0);
    const jan = bar('replacement', '2000-01-01', '2000-02-01', '2000-01-31');
    expect(timelineText([jan], { today: new Date(first + span - 1) }).length).toBeGreaterThan(0);
    expect(timelineSvg([YEAR_2026], { width: 4000 })).toContain('width="4000"');
    const refusals = [
      () => timelineText([{ ...YEAR_2026, end: YEAR_2026.start }]),
      () => timelineText([{ ...YEAR_2026, lastDate: '2025-12-31' }]),
      () => timelineSvg([YEAR_2026], { width: 4001 }),
      () => timelineText([]),
      () => timelineText([{ ...century, end: new Date(first + span + 1).toISOString() }]),
      () => timelineText([jan], { today: new Date(first + span) }),
      () => timelineText([jan], { today: { toString: () => '2000-01-15' } as unknown as string }),
    ].map((call) => {
      const e = errorOf(call);
      return `${e.field} ${e.code}: ${e.message}`;
    });
    // Kills timeline.ts `'invalid-value'` → "" for a period whose clause is not a clause id.
    const clause = errorOf(() => timelineText([{ ...YEAR_2026, clause: 'PERIOD-9Y' as Period['clause'] }]));
    expect(`${clause.field} ${clause.code}: ${clause.message}`).toBe(`periods[0].clause invalid-value: Invalid periods[0].clause: expected a clause id such as 'PERIOD-1Y' (received "PERIOD-9Y").`);
    expect(refusals).toMatchInlineSnapshot(`
      [
        "periods[0].end invalid-value: Invalid periods[0].end: the end must be after the start (received "2026-01-01T00:00:00Z").",
        "periods[0].lastDate invalid-value: Invalid periods[0].lastDate: the last date must not be before the start date (received "2025-12-31").",
        "options.width invalid-value: Invalid options.width: expected a whole number from 320 to 4000 (received 4001).",
        "periods missing: Invalid periods: at least one period is required (received an array of 0).",
        "periods invalid-value: Invalid periods: the periods must lie within 100 years of each other (received an array of 1).",
        "options.today invalid-value: Invalid options.today: today must lie within 100 years of the periods (received Date 2100-03-17T00:00:00.000Z).",
        "options.today wrong-type: Invalid options.today: expected a Date or an ISO-8601 string with an offset (received an object).",
      ]
    `);
  });
});

describe('QUOTA-1Y', () => {
  // Kills describe.ts' field-name and message mutants (readDates, readCount, readQuota,
  // readService, readClause, readReasons, readFee, the safeFlight and carePlus fields) and
  // `lastDate < startDate` → `<=` (a one-day period is allowed): describePlan names the field
  // of a malformed status and what was wrong with it.
  it('names the field of a malformed status', () => {
    const s = planStatus(MAVIC_1Y, [], '2026-06-01T00:00:00Z');
    const r = s.replacement;
    const published = s.nextFees.damage as FeeQuote;
    const bad = (patch: Record<string, unknown>) => ({ ...s, ...patch }) as unknown as PlanStatus;
    const oneDay = { ...r.period, startDate: '2026-06-01', lastDate: '2026-06-01' };
    expect(describePlan(bad({ replacement: { ...r, period: oneDay } }))).toContain('until 2026-06-01.');
    const messages = [
      bad({ replacement: { ...r, period: { ...r.period, startDate: '2026-13-01' } } }),
      bad({ replacement: { ...r, period: { ...r.period, lastDate: '2026-02-28' } } }),
      bad({ replacement: { ...r, damage: { ...r.damage, allowed: -1 } } }),
      bad({ replacement: { ...r, damage: { ...r.damage, used: 1.5 } } }),
      bad({ replacement: { ...r, damage: { ...r.damage, remaining: 3 } } }),
      bad({ replacement: { ...r, replacements: null } }),
      bad({ discountedRepairs: { ...s.discountedRepairs, period: 'soon' } }),
      bad({ safeFlight: { ...s.safeFlight, reasons: [{ clause: 'NOPE', message: 'x' }] } }),
      bad({ carePlus: { ...s.carePlus, reasons: [42] } }),
      bad({ nextFees: { ...s.nextFees, damage: { ...published, published: 'yes' } } }),
      bad({ nextFees: { ...s.nextFees, damage: { ...published, clause: 'NOPE' } } }),
      bad({ nextFees: { ...s.nextFees, damage: { published: false, kind: 'damage', ordinal: 1 } } }),
      bad({ safeFlight: { ...s.safeFlight, period: 'soon' } }),
      bad({ safeFlight: { ...s.safeFlight, inForce: 'no' } }),
      bad({ carePlus: null }),
      bad({ carePlus: { ...s.carePlus, purchased: 'no' } }),
      bad({ carePlus: { ...s.carePlus, reasons: 'none' } }),
      bad({ safeFlight: { ...s.safeFlight, state: 'pending', period: null } }),
    ].map((status) => {
      const e = errorOf(() => describePlan(status));
      return `${e.field} ${e.code}: ${e.message}`;
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "status.replacement.period.startDate invalid-date: Invalid status.replacement.period.startDate: expected a real calendar date YYYY-MM-DD from 1979 to 9999 (received "2026-13-01").",
        "status.replacement.period.lastDate invalid-value: Invalid status.replacement.period.lastDate: expected a date not before startDate 2026-03-01 (received "2026-02-28").",
        "status.replacement.damage.allowed invalid-count: Invalid status.replacement.damage.allowed: expected a whole number of at least 0 (received -1).",
        "status.replacement.damage.used invalid-count: Invalid status.replacement.damage.used: expected a whole number of at least 0 (received 1.5).",
        "status.replacement.damage.remaining invalid-count: Invalid status.replacement.damage.remaining: expected at most allowed (2) (received 3).",
        "status.replacement.replacements missing: Invalid status.replacement.replacements: an object is required (received null).",
        "status.discountedRepairs.period wrong-type: Invalid status.discountedRepairs.period: expected an object (received "soon").",
        "status.safeFlight.reasons[0].clause invalid-value: Invalid status.safeFlight.reasons[0].clause: expected a clause id of the spec (received "NOPE").",
        "status.carePlus.reasons[0] wrong-type: Invalid status.carePlus.reasons[0]: expected an object (received 42).",
        "status.nextFees.damage.published wrong-type: Invalid status.nextFees.damage.published: expected true or false (received "yes").",
        "status.nextFees.damage.clause invalid-value: Invalid status.nextFees.damage.clause: expected a clause id of the spec (received "NOPE").",
        "status.nextFees.damage.reason missing: Invalid status.nextFees.damage.reason: an object is required (received undefined).",
        "status.safeFlight.period wrong-type: Invalid status.safeFlight.period: expected an object (received "soon").",
        "status.safeFlight.inForce wrong-type: Invalid status.safeFlight.inForce: expected true or false (received "no").",
        "status.carePlus missing: Invalid status.carePlus: an object is required (received null).",
        "status.carePlus.purchased wrong-type: Invalid status.carePlus.purchased: expected true or false (received "no").",
        "status.carePlus.reasons wrong-type: Invalid status.carePlus.reasons: expected an array (received "none").",
        "status.safeFlight.period missing: Invalid status.safeFlight.period: a period is required when the state is 'pending' (received null).",
      ]
    `);
  });
});
