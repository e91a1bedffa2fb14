/**
 * The Traditional Chinese catalogue (issue 13): every code renders for Hong Kong and Taiwan,
 * nothing falls back to English, and the sentences a storefront and a support desk meet most
 * read as checked by hand, with dates and times as each market writes them.
 */
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../src/messages/codes';
import type { TextKey } from '../src/messages/text-types';
import { zhHans } from '../src/locale/zh-Hans';
import { zhHant } from '../src/locale/zh-Hant';
import { MESSAGES } from '../src/locale/zh-Hant/messages';
import { expectTranslated, renderSamples } from './locale-support';
import { TEXT_SAMPLES } from './text-samples';

const HK: RenderContext = { tag: 'zh-Hant', region: 'HK', timeZone: 'Asia/Hong_Kong' };
const TW: RenderContext = { tag: 'zh-Hant', region: 'TW', timeZone: 'Asia/Taipei' };

describe('issue 13: zh-Hant catalogue', () => {
  it('translates every code for HK, with the fields English has', () => {
    expectTranslated(MESSAGES, HK);
  });

  it('translates every code for TW, with the fields English has', () => {
    expectTranslated(MESSAGES, TW);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(MESSAGES)).toBe(true);
  });

  it.each([
    ['zh-Hant', zhHant, HK],
    ['zh-Hant', zhHant, TW],
    ['zh-Hans', zhHans, { tag: 'zh-Hans', region: 'CN', timeZone: 'Asia/Shanghai' }],
  ] as const)('%s sets a date against the Chinese beside it, without a space, in every message and text (%#)', (_, locale, context) => {
    const words: string[] = [];
    for (const [, , text] of renderSamples(locale.messages, context)) words.push(text.message, text.expected ?? '', text.received ?? '');
    // The timeline's label `今天 2026年6月1日` is a label, not a sentence: its space stays.
    for (const key of (Object.keys(TEXT_SAMPLES) as TextKey[]).filter((k) => k !== 'timeline.today')) {
      for (const params of TEXT_SAMPLES[key]) words.push((locale.texts[key] as (p: unknown, c: RenderContext) => string)(params, context));
    }
    const DATE = /\d{4}年\d{1,2}月\d{1,2}日/;
    expect(words.filter((w) => DATE.test(w)).length).toBeGreaterThan(20);
    const spaced = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef] \d{4}年|\d{1,2}日 [\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
    expect(words.filter((w) => spaced.test(w))).toEqual([]);
  });
});

describe('REGION-MATCH', () => {
  it('names both regions, with their codes', () => {
    expect(MESSAGES['region.mismatch']({ productRegion: 'TW', planRegion: 'HK' }, TW)).toEqual({
      message: '服務方案必須與產品在同一國家或地區購買。',
      expected: '與產品相同的國家或地區：台灣（TW）',
      received: '香港（HK）',
    });
  });
});

describe('ELIG-48H', () => {
  it('writes the window and the time elapsed as each market does', () => {
    const p = { category: 'aircraft', hours: 48, elapsedSeconds: 331_200 } as const;
    const tw = MESSAGES['elig.window.exceeded'](p, TW);
    expect(tw.message).toBe('此飛行器於購買前已啟用超過 48小時。');
    expect(tw.expected).toBe('購買前啟用不超過 48小時（飛行器）');
    // words.ts joins the units of an elapsed time with ICU's narrow unit list, no space in zh.
    expect(tw.received).toMatch(/^購買前 3 ?天 ?20 ?小時 啟用$/);
    expect(MESSAGES['elig.window.exceeded'](p, HK).received).toMatch(/^購買前 3 ?日 ?20 ?小時 啟用$/);
  });
});

describe('QUOTA-1Y', () => {
  it('says no damage replacement is left, with the count', () => {
    expect(MESSAGES['quota.damage.none-left']({ left: 0, allowed: 2, window: 'term' }, HK)).toEqual({
      message: '服務方案有效期間內已無可用的意外損壞換新次數。',
      expected: '尚有可用的意外損壞換新次數',
      received: '共 2 次，剩餘 0 次',
    });
  });

  it('says what is left after a replacement, until when', () => {
    expect(MESSAGES['quota.left-after']({ replacements: 1, damage: 1, flyaway: 1, lastDate: '2027-02-28' }, TW)).toEqual({
      message: '本次之後剩餘 1 次換新（其中 1 次可用於意外損壞，1 次可用於飛丟），有效期限至2027年2月28日。',
    });
  });
});

describe('PLUS-EFFECT', () => {
  it('names the renewal year with DJI Care Refresh +', () => {
    expect(MESSAGES['quota.damage.none-left']({ left: 0, allowed: 1, window: 'renewal' }, TW).message).toBe(
      'DJI Care Refresh + 續約年度內已無可用的意外損壞換新次數。',
    );
  });
});

describe('FLY-ACCOUNT-BOUND', () => {
  const p = { of: 'account', date: '2026-03-01', boundAt: '2026-03-01T09:30:00Z' } as const;

  it("writes the instant in the plan's zone, as each market writes it", () => {
    // The date as `date` writes it (CLDR's medium style), then the 24-hour time: the hourCycle
    // option made ICU write `2026/3/1` (and `1/3/2026` in Hong Kong) beside the message's
    // `2026年3月1日` (issue 13, found trying the package as a new user).
    const tw = MESSAGES['fly.binding.bound-before'](p, TW);
    expect(tw.message).toBe('帳號已於2026年3月1日綁定，早於飛丟。');
    expect(tw.expected).toBe('帳號在飛丟之前已綁定');
    expect(tw.received).toMatch(/^綁定於2026年3月1日\s17:30$/);
    expect(MESSAGES['fly.binding.bound-before'](p, HK).received).toMatch(/^綁定於2026年3月1日\s17:30$/);
  });

  it('names UTC when the zone is not known', () => {
    expect(MESSAGES['fly.binding.bound-before'](p, { tag: 'zh-Hant', region: 'TW', timeZone: undefined }).received).toMatch(
      /^綁定於2026年3月1日\s09:30 UTC$/,
    );
  });
});

describe('PERIOD-OUTSIDE', () => {
  it('refuses damage after the validity, with its last day', () => {
    expect(MESSAGES['period.after-end']({ subject: 'damage', startDate: '2026-03-01', lastDate: '2027-02-28', date: '2027-03-01' }, HK)).toEqual({
      message: '此次損壞晚於服務方案有效期間（最後一天為2027年2月28日），不在保障範圍內。',
      expected: '2026年3月1日至2027年2月28日之間',
      received: '2027年3月1日',
    });
  });
});

describe('SVC-EXPRESS', () => {
  it('keeps DJI Care Express as DJI writes it in Hong Kong', () => {
    expect(MESSAGES['express.not-for-flyaway']({}, HK).message).toBe('DJI Care Express 不適用於飛丟：沒有可寄往服務中心的產品。');
  });
});

describe('USE-INTERNATIONAL', () => {
  it('names a service of the plan, and writes an unknown one as given', () => {
    expect(MESSAGES['location.service-worldwide']({ service: 'extended-warranty' }, TW).message).toBe('延長保固於全球提供。');
    expect(MESSAGES['location.service-worldwide']({ service: 'x-service' as never }, TW).received).toBe('x-service');
  });
});

describe('USE-WARRANTY-FIRST', () => {
  it('names the warranty in force, and writes an unknown kind as given', () => {
    expect(MESSAGES['warranty.covers']({ warranty: 'extended-warranty', lastDate: '2028-02-29' }, TW)).toEqual({
      message: '此故障在保固範圍內（延長保固，最後一天為2028年2月29日），不佔用服務方案的換新次數或維修優惠。',
      expected: '非人為故障，且在保固期內',
      received: '延長保固有效',
    });
    expect(MESSAGES['warranty.covers']({ warranty: 'store-warranty' as never, lastDate: '2028-02-29' }, TW).received).toBe('store-warranty有效');
  });
});

describe('USE-INTERNATIONAL: proof of purchase', () => {
  it('names where the proof comes from', () => {
    expect(MESSAGES['location.proof-accepted']({ proof: 'official' }, HK).received).toBe('官方商城');
    expect(MESSAGES['location.proof-refused']({ proof: 'none' }, TW)).toEqual({
      message: '在其他國家或地區享受服務，需要提供 DJI 官方商城或授權經銷商的有效購買憑證。',
      expected: '官方或授權經銷商',
      received: '無憑證',
    });
  });
});

describe('ELIG-VERIFY', () => {
  it('writes the window in hours, as the source does', () => {
    expect(MESSAGES['elig.verify.apply']({ hours: 72 }, HK).message).toBe(
      '請聯絡 DJI 技術支援，將產品寄回檢測或申請視訊驗證；通過後，請於收到購買通知後 72 小時 內購買服務方案。',
    );
    const tw = MESSAGES['elig.verify.exceeded']({ hours: 72, elapsedSeconds: 262_800 }, TW);
    expect(tw.message).toBe('收到購買通知已超過 72 小時。');
    expect(tw.expected).toBe('收到購買通知後 72 小時 內購買');
    expect(tw.received).toMatch(/^收到通知後 3 ?天 ?1 ?小時 購買$/);
  });
});

describe('PLUS-NOT-2Y', () => {
  it('writes the term as the glossary writes the plans', () => {
    expect(MESSAGES['plus.term.two-year']({ term: '2y' }, HK)).toEqual({
      message: 'DJI Care Refresh + 不適用於2年版服務方案。',
      expected: '1年版服務方案',
      received: '2年版服務方案',
    });
  });
});

describe('USE-INTERNATIONAL: a stored value of another shape', () => {
  it('writes a service or a proof the tables do not name as given (a stored decision may carry one)', () => {
    const c = { tag: 'zh', region: undefined, timeZone: undefined };
    expect(MESSAGES['location.service-worldwide']({ service: 'x-service' as never }, c).received).toBe('x-service');
    expect(MESSAGES['location.service-plan-region-only']({ service: 'x-service' as never, home: 'US' }, c).received).toBe('x-service');
    expect(MESSAGES['location.proof-accepted']({ proof: 'x-proof' as never }, c).received).toBe('x-proof');
    expect(MESSAGES['location.proof-refused']({ proof: 'x-proof' as never }, c).received).toBe('x-proof');
  });
});
