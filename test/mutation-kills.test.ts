/**
 * Tests written to kill mutants that survived Stryker (issue 5). Each names the clause, the
 * source line and the mutant it kills; the surviving mutants found equivalent are listed in
 * the issue note with why.
 */
import { describe, expect, it } from 'vitest';
import { checkPurchaseEligibility } from '../src/index';

describe('ELIG-VERIFY', () => {
  // Kills src/eligibility.ts `sinceNotice < 0` → `sinceNotice <= 0` in the check's `received`:
  // bought in the very instant of the notice is 0 s *after* it.
  it('a purchase in the instant of the notice reads "bought 0 s after the notice"', () => {
    const d = checkPurchaseEligibility({
      product: 'mavic-3',
      productRegion: 'US',
      planRegion: 'US',
      activatedAt: '2026-03-01T10:00:00Z',
      purchaseAt: '2026-03-07T10:00:00Z',
      verificationNoticeAt: '2026-03-07T10:00:00Z',
      previouslyBound: false,
    });
    expect(d.trace.find((c) => c.clause === 'ELIG-VERIFY')).toMatchObject({ passed: true, received: 'bought 0 s after the notice' });
  });
});
