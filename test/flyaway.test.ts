import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMS, type Decision, type FlyawayIncident, assessReplacement, checkFlyaway } from '../src/index';
import { MAVIC_1Y, MAVIC_2Y, damage, flyaway, flyawayFacts, plus, rebind } from './fixtures/plans';
import { invalid } from './support';

const AT = '2026-06-01T15:00:00Z';
const EDITION = DEFAULT_TERMS.edition;

function clauses<T>(d: Decision<T>): string[] {
  return d.ok ? [] : d.reasons.map((r) => r.clause);
}

function fly(incident: Partial<FlyawayIncident>, plan = MAVIC_1Y, events = [] as Parameters<typeof checkFlyaway>[1]) {
  return checkFlyaway(plan, events, { ...flyawayFacts(AT), ...incident } as FlyawayIncident);
}

describe('checkFlyaway (all preconditions met)', () => {
  it('accepts with the quota it uses and every check in the trace', () => {
    const d = fly({});
    expect(d).toEqual({
      ok: true,
      value: {
        serial: 'M3-0001',
        at: '2026-06-01T15:00:00.000+00:00',
        quotaClause: 'QUOTA-1Y',
        period: expect.objectContaining({ kind: 'replacement' }),
        remainingBefore: { replacements: 2, damage: 2, flyaway: 1 },
        account: 'pilot@example.com',
        controller: 'RC-0001',
      },
      trace: [
        'REBIND-REPLACEMENT',
        'PERIOD-OUTSIDE',
        'FLY-MODEL',
        'FLY-ACCOUNT-BOUND',
        'FLY-NOT-UNBOUND',
        'FLY-RC-BOUND',
        'FLY-NOT-UNBOUND',
        'FLY-OWNER',
        'FLY-OWNER',
        'FLY-NOT-THEFT',
        'FLY-RECORDS',
        'FLY-QUOTA',
      ].map((clause) => expect.objectContaining({ clause, passed: true })),
      edition: EDITION,
    });
  });

  it('with nothing given, reports every missing fact as "not given"', () => {
    const d = checkFlyaway(MAVIC_1Y, [], { at: AT, serial: 'M3-0001' });
    expect(d.ok).toBe(false);
    expect(d.ok ? [] : d.reasons.map((r) => [r.clause, r.received])).toEqual([
      ['FLY-ACCOUNT-BOUND', 'not given'],
      ['FLY-NOT-UNBOUND', 'not given'],
      ['FLY-RC-BOUND', 'not given'],
      ['FLY-NOT-UNBOUND', 'not given'],
      ['FLY-OWNER', 'not given'],
      ['FLY-OWNER', 'not given'],
      ['FLY-NOT-THEFT', 'not given'],
      ['FLY-RECORDS', 'not given'],
    ]);
  });
});

describe('FLY-MODEL', () => {
  it.each(['mavic-3', 'mavic-3-cine', 'air-2s', 'mavic-air-2', 'mini-2', 'mini-se'])('%s has flyaway replacement', (product) => {
    expect(fly({}, { ...MAVIC_1Y, product }).ok).toBe(true);
  });

  it.each(['om-5', 'action-2', 'pocket-2', 'rs-2'])('%s has none', (product) => {
    const d = fly({}, { ...MAVIC_1Y, product });
    expect(clauses(d)).toEqual(['FLY-MODEL', 'FLY-QUOTA']);
    expect(d.ok ? undefined : d.reasons[0]?.message).toMatch(/^Flyaway replacement is not offered for DJI /);
  });
});

describe('FLY-ACCOUNT-BOUND', () => {
  it('a binding one millisecond before the flyaway counts', () => {
    expect(fly({ accountBindings: [{ account: 'pilot@example.com', boundAt: '2026-06-01T14:59:59.999Z' }] }).ok).toBe(true);
  });

  it('a binding at the flyaway instant does not (strictly before)', () => {
    const d = fly({ accountBindings: [{ account: 'pilot@example.com', boundAt: AT }] });
    expect(d.ok ? [] : d.reasons).toEqual([
      {
        clause: 'FLY-ACCOUNT-BOUND',
        message: 'The DJI account was not bound before the flyaway; flyaway replacement needs it bound in advance.',
        expected: 'DJI account bound strictly before the flyaway',
        received: 'first bound 2026-06-01T15:00:00.000+00:00',
      },
      {
        clause: 'FLY-OWNER',
        message: 'No account was bound to the aircraft at the flyaway, so no one can apply as its owner.',
        expected: 'the owner of the account bound at the flyaway',
        received: 'pilot@example.com',
      },
    ]);
  });

  it('never bound', () => {
    const d = fly({ accountBindings: [] });
    expect(d.ok ? [] : d.reasons.map((r) => [r.clause, r.received])).toEqual([
      ['FLY-ACCOUNT-BOUND', 'never bound'],
      ['FLY-OWNER', 'pilot@example.com'],
    ]);
  });
});

describe('FLY-RC-BOUND', () => {
  it('the remote controller bound after the flyaway does not count', () => {
    const d = fly({ controllerBindings: [{ controller: 'RC-0001', boundAt: '2026-06-02T00:00:00Z' }] });
    expect(clauses(d)).toEqual(['FLY-RC-BOUND', 'FLY-OWNER']);
  });

  it('bound one millisecond before counts', () => {
    expect(fly({ controllerBindings: [{ controller: 'RC-0001', boundAt: '2026-06-01T14:59:59.999Z' }] }).ok).toBe(true);
  });
});

describe('FLY-NOT-UNBOUND', () => {
  it('an account unbound before the flyaway fails, with the date', () => {
    const d = fly({ accountBindings: [{ account: 'pilot@example.com', boundAt: '2026-03-02T00:00:00Z', unboundAt: '2026-05-31T09:00:00Z' }] });
    expect(d.ok ? [] : d.reasons).toEqual([
      {
        clause: 'FLY-NOT-UNBOUND',
        message: 'The DJI account binding was undone on 2026-05-31, before the flyaway occurred.',
        expected: 'DJI account still bound at the flyaway',
        received: 'unbound 2026-05-31T09:00:00.000+00:00',
      },
      expect.objectContaining({ clause: 'FLY-OWNER', received: 'pilot@example.com' }),
    ]);
  });

  it('unbound at the flyaway instant is undone; one millisecond after is not', () => {
    const at = (unboundAt: string) => fly({ controllerBindings: [{ controller: 'RC-0001', boundAt: '2026-03-02T00:00:00Z', unboundAt }] });
    expect(clauses(at(AT))).toEqual(['FLY-NOT-UNBOUND', 'FLY-OWNER']);
    expect(at('2026-06-01T15:00:00.001Z').ok).toBe(true);
  });

  it('a binding undone and bound again before the flyaway is in force', () => {
    const d = fly({
      accountBindings: [
        { account: 'pilot@example.com', boundAt: '2026-03-02T00:00:00Z', unboundAt: '2026-04-01T00:00:00Z' },
        { account: 'pilot@example.com', boundAt: '2026-04-02T00:00:00Z', unboundAt: null },
      ],
    });
    expect(d.ok).toBe(true);
  });
});

describe('FLY-OWNER', () => {
  it('only the owner of the bound account can apply', () => {
    const d = fly({ claimantAccount: 'someone@example.com' });
    expect(d.ok ? [] : d.reasons).toEqual([
      {
        clause: 'FLY-OWNER',
        message: 'Only the owner of the bound account can apply for the flyaway replacement.',
        expected: 'account pilot@example.com',
        received: 'someone@example.com',
      },
    ]);
  });

  it('the report must come from the bound remote controller', () => {
    const d = fly({ reportController: 'RC-9999' });
    expect(d.ok ? [] : d.reasons).toEqual([
      {
        clause: 'FLY-OWNER',
        message: 'The flyaway report must be produced with the bound remote controller.',
        expected: 'controller RC-0001',
        received: 'RC-9999',
      },
    ]);
  });

  it('no controller bound at the flyaway: no report can be produced', () => {
    const d = fly({ controllerBindings: [] });
    expect(d.ok ? [] : d.reasons.map((r) => r.message)).toContain('No remote controller was bound to the aircraft at the flyaway to produce the report with.');
  });
});

describe('FLY-NOT-THEFT', () => {
  it('theft or loss is not a flyaway', () => {
    const d = fly({ theftOrLoss: true });
    expect(d.ok ? [] : d.reasons).toEqual([
      { clause: 'FLY-NOT-THEFT', message: 'Theft and accidental loss are not flyaways and are not covered.', expected: 'not stolen or lost', received: 'stolen or lost' },
    ]);
  });
});

describe('FLY-RECORDS', () => {
  it('without synced flight records there is no flyaway replacement', () => {
    const d = fly({ flightRecordsSynced: false });
    expect(d.ok ? [] : d.reasons).toEqual([
      {
        clause: 'FLY-RECORDS',
        message: "Without the accident's flight records synced through the app there is no flyaway replacement.",
        expected: 'flight records synced through the app',
        received: 'not synced',
      },
    ]);
  });
});

describe('FLY-QUOTA', () => {
  it('needs a flyaway use left', () => {
    const d = fly({ serial: 'M3-0002' }, MAVIC_1Y, [flyaway('2026-04-01T00:00:00Z'), rebind('2026-04-02T00:00:00Z', 'M3-0002')]);
    expect(d.ok ? [] : d.reasons).toEqual([
      {
        clause: 'FLY-QUOTA',
        message: 'No flyaway replacement is left on the plan.',
        expected: 'a flyaway use and a replacement left',
        received: '0 flyaway, 1 replacement left (QUOTA-1Y)',
      },
    ]);
  });

  it('needs a replacement left', () => {
    const events = [
      damage('2026-04-01T00:00:00Z'),
      rebind('2026-04-01T12:00:00Z', 'M3-0002'),
      damage('2026-04-02T00:00:00Z', 'M3-0002'),
      rebind('2026-04-02T12:00:00Z', 'M3-0003', 'M3-0002'),
    ];
    expect(clauses(fly({ serial: 'M3-0003' }, MAVIC_1Y, events))).toEqual(['FLY-QUOTA']);
  });

  it('the 2-year plan gives two flyaway uses', () => {
    const once = [flyaway('2026-04-01T00:00:00Z'), rebind('2026-04-02T00:00:00Z', 'M3-0002')];
    expect(fly({ serial: 'M3-0002' }, MAVIC_2Y, once).ok).toBe(true);
    const twice = [...once, flyaway('2026-05-01T00:00:00Z', 'M3-0002'), rebind('2026-05-02T00:00:00Z', 'M3-0003', 'M3-0002')];
    expect(clauses(fly({ serial: 'M3-0003' }, MAVIC_2Y, twice))).toEqual(['FLY-QUOTA']);
  });

  it('within the replacement validity only', () => {
    const d = checkFlyaway(MAVIC_1Y, [], { ...flyawayFacts('2027-03-01T00:00:00Z') });
    expect(d.ok ? [] : d.reasons).toEqual([
      {
        clause: 'PERIOD-OUTSIDE',
        message: 'The flyaway is after the validity ended (last day 2027-02-28); it is not covered.',
        expected: 'between 2026-03-01 and 2027-02-28',
        received: '2027-03-01',
      },
      {
        clause: 'FLY-QUOTA',
        message: 'The flyaway is outside the replacement validity: no flyaway replacement can be used.',
        expected: 'inside the replacement validity',
        received: '2027-03-01',
      },
    ]);
    expect(checkFlyaway(MAVIC_1Y, [], flyawayFacts('2027-02-28T23:59:59.999Z')).ok).toBe(true);
  });

  it('the Care Refresh+ renewal year has no flyaway (PLUS-EFFECT)', () => {
    const d = checkFlyaway(MAVIC_1Y, [plus('2026-06-01T00:00:00Z')], flyawayFacts('2027-06-01T00:00:00Z'));
    expect(d.ok ? [] : d.reasons).toEqual([
      {
        clause: 'FLY-QUOTA',
        message: 'No flyaway replacement is left in the Care Refresh+ renewal year.',
        expected: 'a flyaway use and a replacement left',
        received: '0 flyaway, 1 replacement left (PLUS-EFFECT)',
      },
    ]);
  });

  it('a caller edition with a renewal flyaway', () => {
    const terms = { ...DEFAULT_TERMS, carePlus: { ...DEFAULT_TERMS.carePlus, flyawayReplacements: 1 } };
    const d = checkFlyaway(MAVIC_1Y, [plus('2026-06-01T00:00:00Z', 'M3-0001')], flyawayFacts('2027-06-01T00:00:00Z'), { terms });
    expect(d.ok && d.value.remainingBefore).toEqual({ replacements: 2, damage: 1, flyaway: 1 });
  });
});

describe('REBIND-REPLACEMENT (flyaway)', () => {
  it('the new unit can fly away under the plan', () => {
    const events = [damage('2026-04-01T00:00:00Z'), rebind('2026-04-05T00:00:00Z', 'M3-0002')];
    expect(checkFlyaway(MAVIC_1Y, events, flyawayFacts(AT, 'M3-0002')).ok).toBe(true);
  });
});

describe('assessReplacement (flyaway)', () => {
  it('uses checkFlyaway, adds PERIOD-OUTSIDE, and quotes USD 739', () => {
    const d = assessReplacement(MAVIC_1Y, [], { type: 'flyaway', ...flyawayFacts(AT) });
    expect(d.ok && d.value.event).toEqual({ type: 'flyaway-replacement', at: '2026-06-01T15:00:00.000+00:00', serial: 'M3-0001' });
    expect(d.trace.map((c) => c.clause).slice(0, 3)).toEqual(['REBIND-REPLACEMENT', 'PERIOD-OUTSIDE', 'FLY-MODEL']);
    const all = assessReplacement(MAVIC_1Y, [], { type: 'flyaway', at: '2026-02-01T00:00:00Z', serial: 'M3-0001' });
    expect(clauses(all)).toEqual([
      'PERIOD-OUTSIDE',
      'FLY-ACCOUNT-BOUND',
      'FLY-NOT-UNBOUND',
      'FLY-RC-BOUND',
      'FLY-NOT-UNBOUND',
      'FLY-OWNER',
      'FLY-OWNER',
      'FLY-NOT-THEFT',
      'FLY-RECORDS',
      'FLY-QUOTA',
    ]);
  });
});

describe('checkFlyaway input', () => {
  it.each([
    ['incident', null],
    ['incident.at', { ...flyawayFacts(AT), at: '2026-06-01' }],
    ['incident.accountBindings', { ...flyawayFacts(AT), accountBindings: {} }],
    ['incident.accountBindings[0].account', { ...flyawayFacts(AT), accountBindings: [{ boundAt: AT }] }],
    ['incident.controllerBindings[0].boundAt', { ...flyawayFacts(AT), controllerBindings: [{ controller: 'RC' }] }],
    ['incident.controllerBindings[0].unboundAt', { ...flyawayFacts(AT), controllerBindings: [{ controller: 'RC', boundAt: AT, unboundAt: '2026-05-01T00:00:00Z' }] }],
    ['incident.theftOrLoss', { ...flyawayFacts(AT), theftOrLoss: 'no' }],
    ['incident.flightRecordsSynced', { ...flyawayFacts(AT), flightRecordsSynced: 1 }],
    ['incident.claimantAccount', { ...flyawayFacts(AT), claimantAccount: '' }],
    ['incident.serial', { ...flyawayFacts(AT), serial: 'NOPE' }],
  ])('names %s', (field, incident) => {
    expect(invalid(() => checkFlyaway(MAVIC_1Y, [], incident as never)).field).toBe(field);
  });

  it('refuses an incident before the last ledger event', () => {
    expect(invalid(() => checkFlyaway(MAVIC_1Y, [damage('2026-07-01T00:00:00Z')], flyawayFacts(AT))).field).toBe('incident.at');
  });

  it('does not mutate its input', () => {
    const incident = Object.freeze(flyawayFacts(AT));
    const before = JSON.stringify(incident);
    checkFlyaway(MAVIC_1Y, Object.freeze([]), incident);
    expect(JSON.stringify(incident)).toBe(before);
  });
});

describe('PERIOD-OUTSIDE', () => {
  // Issue 12: after the plan ends checkFlyaway cited only FLY-QUOTA while assessReplacement
  // cited PERIOD-OUTSIDE and FLY-QUOTA for the same claim. The same facts give the same clauses.
  it('checkFlyaway and assessReplacement give the same clauses for the same facts, inside and outside the validity', () => {
    for (const at of ['2026-02-28T12:00:00Z', '2026-06-01T00:00:00Z', '2027-03-01T00:00:00Z', '2028-01-01T00:00:00Z']) {
      const facts = flyawayFacts(at);
      const checked = checkFlyaway(MAVIC_1Y, [], facts);
      const assessed = assessReplacement(MAVIC_1Y, [], { type: 'flyaway', ...facts });
      expect(assessed.trace).toEqual(checked.trace);
      expect(assessed.ok ? [] : assessed.reasons.map((r) => r.clause)).toEqual(checked.ok ? [] : checked.reasons.map((r) => r.clause));
    }
    const after = checkFlyaway(MAVIC_1Y, [], flyawayFacts('2027-03-01T00:00:00Z'));
    expect(after.ok ? [] : after.reasons.map((r) => r.clause)).toEqual(['PERIOD-OUTSIDE', 'FLY-QUOTA']);
  });
});
