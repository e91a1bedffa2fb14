/**
 * The Japanese catalogue (issue 13): every code translated for a Japanese plan, with the
 * names of the `ja` glossary, and whole sentences a storefront and a support desk meet most,
 * checked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../src/messages/codes';
import { ja } from '../src/locale/ja';
import { MESSAGES } from '../src/locale/ja/messages';
import { expectTranslated, renderSamples } from './locale-support';

const JP: RenderContext = { tag: 'ja', region: 'JP', timeZone: 'Asia/Tokyo' };

describe('issue 13: the Japanese catalogue', () => {
  it('translates every code for a plan of Japan', () => {
    expectTranslated(MESSAGES, JP);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(MESSAGES)).toBe(true);
  });

  it('names the plan and its services as the ja glossary does', () => {
    const all = renderSamples(MESSAGES, JP)
      .flatMap(([, , w]) => [w.message, w.expected ?? '', w.received ?? ''])
      .join('\n');
    const g = ja.glossary;
    for (const term of [g.plan, g.carePlus, g.replacement, g.damageReplacement, g.flyawayReplacement, g.discountedRepair, g.extendedWarranty, g.safeFlight, g.factoryMaintenance, g.express]) {
      expect(all).toContain(term.text);
    }
  });

  it('writes a warranty or a service it has no word for as given', () => {
    expect(MESSAGES['warranty.covers']({ warranty: 'care-refresh-plus-warranty', lastDate: '2027-02-28' }, JP).received).toBe('DJI Care Refresh +による保証延長が有効');
    expect(MESSAGES['warranty.covers']({ warranty: 'other' as never, lastDate: '2027-02-28' }, JP).received).toBe('otherが有効');
  });
});

describe('REGION-MATCH', () => {
  it('region.mismatch', () => {
    expect(MESSAGES['region.mismatch']({ productRegion: 'JP', planRegion: 'US' }, JP)).toEqual({
      message: 'プランは製品と同じ国・地域で購入していただく必要があります。',
      expected: '製品の購入国・地域（日本）',
      received: 'アメリカ',
    });
  });
});

describe('ELIG-48H', () => {
  it('elig.window.exceeded', () => {
    expect(MESSAGES['elig.window.exceeded']({ category: 'aircraft', hours: 48, elapsedSeconds: 331_200 }, JP)).toEqual({
      message: '機体のアクティベーションからプラン購入まで48時間を超えています。',
      expected: 'プラン購入前48時間以内のアクティベーション（機体）',
      received: 'プラン購入の3日20時間前にアクティベーション',
    });
  });
});

describe('QUOTA-1Y', () => {
  it('quota.damage.none-left', () => {
    expect(MESSAGES['quota.damage.none-left']({ left: 0, allowed: 2, window: 'term' }, JP)).toEqual({
      message: 'プランの有効期間内にご利用いただける故障・破損時のリフレッシュ交換は残っていません。',
      expected: '故障・破損時のリフレッシュ交換の残り',
      received: '2回中 残り0回',
    });
  });

  it('quota.left-after', () => {
    expect(MESSAGES['quota.left-after']({ replacements: 1, damage: 1, flyaway: 1, lastDate: '2027-02-28' }, JP)).toEqual({
      message: '今回の交換後、2027/02/28までリフレッシュ交換が残り1回あります（破損には1回、フライアウェイには1回まで利用可能）。',
    });
  });
});

describe('FLY-ACCOUNT-BOUND', () => {
  it('fly.binding.bound-before writes the instant in the plan zone', () => {
    expect(MESSAGES['fly.binding.bound-before']({ of: 'account', date: '2026-03-01', boundAt: '2026-02-28T23:30:00Z' }, JP)).toEqual({
      message: 'DJIアカウントはフライアウェイ前の2026/03/01に紐付けられています。',
      expected: 'フライアウェイ前に紐付けられたDJIアカウント',
      received: '2026/03/01 8:30に紐付け',
    });
  });
});

describe('PERIOD-OUTSIDE', () => {
  it('period.after-end', () => {
    expect(MESSAGES['period.after-end']({ subject: 'damage', startDate: '2026-03-01', lastDate: '2027-02-28', date: '2027-03-01' }, JP)).toEqual({
      message: '破損の発生日はプランの有効期間の終了後（最終日：2027/02/28）のため、対象外です。',
      expected: '2026/03/01～2027/02/28',
      received: '2027/03/01',
    });
  });
});
