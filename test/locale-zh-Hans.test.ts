/**
 * The Simplified Chinese catalogue (issue 13): every code renders for the mainland Chinese
 * market, nothing falls back to English, and the sentences a storefront and a support desk meet
 * most read as checked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../src/messages/codes';
import { MESSAGES } from '../src/locale/zh-Hans/messages';
import { expectTranslated } from './locale-support';

const CN: RenderContext = { tag: 'zh-Hans', region: 'CN', timeZone: 'Asia/Shanghai' };

describe('issue 13: zh-Hans catalogue', () => {
  it('translates every code for CN, with the fields English has', () => {
    expectTranslated(MESSAGES, CN);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(MESSAGES)).toBe(true);
  });
});

describe('REGION-MATCH', () => {
  it('names both regions, with their codes', () => {
    expect(MESSAGES['region.mismatch']({ productRegion: 'DE', planRegion: 'FR' }, CN)).toEqual({
      message: '服务计划必须与产品在同一国家或地区购买。',
      expected: '与产品相同的国家或地区：德国（DE）',
      received: '法国（FR）',
    });
  });
});

describe('ELIG-48H', () => {
  it('writes the window and the time elapsed in Chinese units', () => {
    expect(MESSAGES['elig.window.exceeded']({ category: 'aircraft', hours: 48, elapsedSeconds: 331_200 }, CN)).toEqual({
      message: '该飞行器在购买前已激活超过48小时。',
      expected: '购买前激活不超过48小时（飞行器）',
      received: '购买前3天20小时激活',
    });
  });
});

describe('QUOTA-1Y', () => {
  it('says no damage replacement is left, with the count', () => {
    expect(MESSAGES['quota.damage.none-left']({ left: 0, allowed: 2, window: 'term' }, CN)).toEqual({
      message: '服务计划有效期内已无可用的意外损坏置换次数。',
      expected: '尚有可用的意外损坏置换次数',
      received: '共2次，剩余0次',
    });
  });

  it('says what is left after a replacement, until when', () => {
    expect(MESSAGES['quota.left-after']({ replacements: 1, damage: 1, flyaway: 1, lastDate: '2027-02-28' }, CN)).toEqual({
      message: '本次之后剩余1次置换（其中1次可用于意外损坏，1次可用于飞丢），有效期至2027年2月28日。',
    });
  });
});

describe('FLY-ACCOUNT-BOUND', () => {
  const p = { of: 'account', date: '2026-03-01', boundAt: '2026-03-01T09:30:00Z' } as const;

  it("writes the instant in the plan's zone", () => {
    expect(MESSAGES['fly.binding.bound-before'](p, CN)).toEqual({
      message: '账号已于2026年3月1日绑定，早于飞丢。',
      expected: '账号在飞丢之前已绑定',
      received: '绑定于2026年3月1日 17:30',
    });
  });

  it('names UTC when the zone is not known', () => {
    expect(MESSAGES['fly.binding.bound-before'](p, { tag: 'zh-Hans', region: undefined, timeZone: undefined }).received).toBe(
      '绑定于2026年3月1日 09:30 UTC',
    );
  });
});

describe('PERIOD-OUTSIDE', () => {
  it('refuses damage after the validity, with its last day', () => {
    expect(MESSAGES['period.after-end']({ subject: 'damage', startDate: '2026-03-01', lastDate: '2027-02-28', date: '2027-03-01' }, CN)).toEqual({
      message: '此次损坏晚于服务计划有效期（最后一天为2027年2月28日），不在保障范围内。',
      expected: '2026年3月1日至2027年2月28日之间',
      received: '2027年3月1日',
    });
  });
});

describe('PLUS-NOT-2Y', () => {
  it('names DJI Care 随心续享 as the glossary does', () => {
    expect(MESSAGES['plus.term.two-year']({ term: '2y' }, CN).message).toBe('DJI Care 随心续享不适用于2年版服务计划。');
  });
});

describe('USE-INTERNATIONAL', () => {
  it('names a service of the plan, and writes an unknown one as given', () => {
    expect(MESSAGES['location.service-worldwide']({ service: 'replacement' }, CN).message).toBe('置换服务在全球范围内提供。');
    expect(MESSAGES['location.service-worldwide']({ service: 'x-service' as never }, CN).received).toBe('x-service');
  });
});

describe('USE-WARRANTY-FIRST', () => {
  it('names the warranty in force, and writes an unknown kind as given', () => {
    expect(MESSAGES['warranty.covers']({ warranty: 'extended-warranty', lastDate: '2028-02-29' }, CN)).toEqual({
      message: '该故障在保修范围内（延保服务，最后一天为2028年2月29日），不占用服务计划的置换次数或维修优惠。',
      expected: '非人为故障，且在保修期内',
      received: '延保服务有效',
    });
    expect(MESSAGES['warranty.covers']({ warranty: 'store-warranty' as never, lastDate: '2028-02-29' }, CN).received).toBe('store-warranty有效');
  });
});

describe('USE-INTERNATIONAL: proof of purchase', () => {
  it('names where the proof comes from', () => {
    expect(MESSAGES['location.proof-accepted']({ proof: 'authorised' }, CN).received).toBe('授权渠道');
    expect(MESSAGES['location.proof-refused']({ proof: 'other' }, CN)).toEqual({
      message: '在其他国家或地区享受服务，需要提供 DJI 官方商城或授权渠道的有效购买凭证。',
      expected: '官方或授权渠道',
      received: '其他渠道',
    });
  });
});

describe('ELIG-VERIFY', () => {
  it('writes the window in hours, as the source does', () => {
    expect(MESSAGES['elig.verify.apply']({ hours: 72 }, CN).message).toBe(
      '请联系 DJI 客服，将产品寄回检测或申请视频验证；通过后，请在收到购买通知后72小时内购买服务计划。',
    );
    expect(MESSAGES['elig.verify.exceeded']({ hours: 72, elapsedSeconds: 262_800 }, CN)).toEqual({
      message: '收到购买通知已超过72小时。',
      expected: '收到购买通知后72小时内购买',
      received: '收到通知后3天1小时购买',
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
