/**
 * The Korean catalogue (issue 13): every code translated for a Korean plan, with the names of
 * the `ko` glossary, and whole sentences a storefront and a support desk meet most, checked by
 * hand.
 */
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../src/messages/codes';
import { ko } from '../src/locale/ko';
import { MESSAGES } from '../src/locale/ko/messages';
import { expectTranslated, renderSamples } from './locale-support';

const KR: RenderContext = { tag: 'ko', region: 'KR', timeZone: 'Asia/Seoul' };

describe('issue 13: the Korean catalogue', () => {
  it('translates every code for a plan of South Korea', () => {
    expectTranslated(MESSAGES, KR);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(MESSAGES)).toBe(true);
  });

  it('names the plan and its services as the ko glossary does', () => {
    const all = renderSamples(MESSAGES, KR)
      .flatMap(([, , w]) => [w.message, w.expected ?? '', w.received ?? ''])
      .join('\n');
    const g = ko.glossary;
    for (const term of [g.plan, g.carePlus, g.replacement, g.damageReplacement, g.flyawayReplacement, g.discountedRepair, g.extendedWarranty, g.safeFlight, g.factoryMaintenance, g.express]) {
      expect(all).toContain(term.text);
    }
  });

  it('writes a warranty or a service it has no word for as given', () => {
    expect(MESSAGES['warranty.covers']({ warranty: 'care-refresh-plus-warranty', lastDate: '2027-02-28' }, KR).received).toBe('DJI Care Refresh + 보증 연장 유효');
    expect(MESSAGES['warranty.covers']({ warranty: 'other' as never, lastDate: '2027-02-28' }, KR).received).toBe('other 유효');
  });
});

describe('REGION-MATCH', () => {
  it('region.mismatch', () => {
    expect(MESSAGES['region.mismatch']({ productRegion: 'KR', planRegion: 'US' }, KR)).toEqual({
      message: '플랜은 제품과 같은 국가 또는 지역에서 구매해야 합니다.',
      expected: '제품 구매 국가 또는 지역(한국)',
      received: '미국',
    });
  });
});

describe('ELIG-48H', () => {
  it('elig.window.exceeded', () => {
    expect(MESSAGES['elig.window.exceeded']({ category: 'aircraft', hours: 48, elapsedSeconds: 331_200 }, KR)).toEqual({
      message: '기체의 활성화 후 48시간 넘게 지나서 플랜을 구매했습니다.',
      expected: '플랜 구매 전 48시간 이내 활성화(기체)',
      received: '플랜 구매 3일 20시간 전 활성화',
    });
  });
});

describe('QUOTA-1Y', () => {
  it('quota.damage.none-left', () => {
    expect(MESSAGES['quota.damage.none-left']({ left: 0, allowed: 2, window: 'term' }, KR)).toEqual({
      message: '플랜 유효 기간 내에 남은 파손 교체가 없습니다.',
      expected: '남은 파손 교체',
      received: '2회 중 0회 남음',
    });
  });

  it('quota.left-after', () => {
    expect(MESSAGES['quota.left-after']({ replacements: 1, damage: 1, flyaway: 1, lastDate: '2027-02-28' }, KR)).toEqual({
      message: '이번 교체 후 2027. 2. 28.까지 교체가 1회 남습니다(파손에 1회, 플라이어웨이에 1회까지 사용 가능).',
    });
  });
});

describe('FLY-ACCOUNT-BOUND', () => {
  it('fly.binding.bound-before writes the instant in the plan zone', () => {
    expect(MESSAGES['fly.binding.bound-before']({ of: 'account', date: '2026-03-01', boundAt: '2026-02-28T23:30:00Z' }, KR)).toEqual({
      message: 'DJI 계정 바인딩은 플라이어웨이 전인 2026. 3. 1.에 이루어졌습니다.',
      expected: '플라이어웨이 전에 바인딩된 DJI 계정',
      received: '2026. 3. 1. 08:30 바인딩',
    });
  });
});

describe('PERIOD-OUTSIDE', () => {
  it('period.after-end', () => {
    expect(MESSAGES['period.after-end']({ subject: 'damage', startDate: '2026-03-01', lastDate: '2027-02-28', date: '2027-03-01' }, KR)).toEqual({
      message: '파손 발생일이 유효 기간 종료(마지막 날 2027. 2. 28.) 이후이므로 보장되지 않습니다.',
      expected: '2026. 3. 1. ~ 2027. 2. 28.',
      received: '2027. 3. 1.',
    });
  });
});
