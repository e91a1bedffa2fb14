/**
 * The Japanese words of the eligibility rules (REGION-*, ELIG-*) and of TERMS-CALLER: a part
 * of the Japanese catalogue (issue 13), in a module of its own as in English, so that a
 * storefront bundling only the eligibility check carries only these.
 *
 * @module
 */
import type { Catalogue, RenderContext } from '../../messages/codes';
import type { EligibilityCode } from '../../messages/en-eligibility';
import { elapsed, hours, region } from '../words';
import { NOT_GIVEN } from './common';

const SOLD = 'DJI Care Refreshの販売国・地域';
const ONCE = 'DJI Care Refreshに紐付けられたことのない製品';
const BOUND = '紐付け済み';
const NEVER_BOUND = '紐付け履歴なし';
const ASK = '販売前にご確認ください。';
/** The activation instant asked for (ELIG-NEW, DATE-BUNDLED). */
export const ACTIVATION_INSTANT = 'アクティベーション日時（未アクティベーションの場合はnull）';
export const NOT_ACTIVATED = '未アクティベーション';

/** The product categories of CAT-CATEGORY. */
const CATEGORY = { aircraft: '機体', gimbal: 'ジンバル', handheld: 'ハンドヘルド製品' } as const;

function product(c: RenderContext, code: string): string {
  return `製品の購入国・地域（${region(c, code)}）`;
}

function activation(c: RenderContext, p: { readonly hours: number; readonly elapsedSeconds: number; readonly category: keyof typeof CATEGORY }) {
  return {
    expected: `プラン購入前${hours(c, p.hours)}以内のアクティベーション（${CATEGORY[p.category]}）`,
    received: `プラン購入の${elapsed(c, p.elapsedSeconds)}前にアクティベーション`,
  };
}

function notice(c: RenderContext, h: number): string {
  return `購入通知から${hours(c, h, 'hours')}以内`;
}

/** The Japanese words of the eligibility codes and of TERMS-CALLER. */
export const JA_ELIGIBILITY: Pick<Catalogue, EligibilityCode> = /* @__PURE__ */ Object.freeze({
  'region.sold': (p, c) => ({ message: `DJI Care Refreshは${region(c, p.region)}で販売されています。`, expected: SOLD, received: region(c, p.region) }),
  'region.not-sold': (p, c) => ({ message: `DJI Care Refreshは${region(c, p.region)}では販売されていません。`, expected: SOLD, received: region(c, p.region) }),
  'region.same': (p, c) => ({ message: 'プランと製品は同じ国・地域で購入されています。', expected: product(c, p.region), received: region(c, p.region) }),
  'region.mismatch': (p, c) => ({
    message: 'プランは製品と同じ国・地域で購入していただく必要があります。',
    expected: product(c, p.productRegion),
    received: region(c, p.planRegion),
  }),
  'elig.once.never-bound': () => ({ message: 'この製品はDJI Care Refreshに紐付けられたことがありません。', expected: ONCE, received: NEVER_BOUND }),
  'elig.once.bound': () => ({
    message: 'この製品はすでにDJI Care Refreshに紐付けられているか、プランの交換で受け取った製品のため、再度紐付けることはできません。',
    expected: ONCE,
    received: BOUND,
  }),
  'elig.once.unknown': () => ({
    message: `この製品に以前DJI Care Refreshのプランがあったかどうか不明です。${ASK}`,
    expected: 'プランへの紐付け履歴の有無',
    received: NOT_GIVEN,
  }),
  'elig.new.unknown': () => ({ message: `製品がアクティベーションされているかどうか不明です。${ASK}`, expected: ACTIVATION_INSTANT, received: NOT_GIVEN }),
  'elig.new.never-activated': () => ({ message: '製品はアクティベーションされていない新品です。', expected: '未アクティベーションの製品', received: NOT_ACTIVATED }),
  'elig.window.within': (p, c) => ({
    message: `${CATEGORY[p.category]}のアクティベーションからプラン購入までは${hours(c, p.hours)}以内です。`,
    ...activation(c, p),
  }),
  'elig.window.exceeded': (p, c) => ({
    message: `${CATEGORY[p.category]}のアクティベーションからプラン購入まで${hours(c, p.hours)}を超えています。`,
    ...activation(c, p),
  }),
  'elig.verify.no-notice': () => ({ message: '製品の確認がまだ完了していません。', expected: '返送または動画による確認後の購入通知', received: '購入通知なし' }),
  'elig.verify.within': (p, c) => ({
    message: `製品は確認を通過し、プランは${notice(c, p.hours)}に購入されています。`,
    expected: `${notice(c, p.hours)}の購入`,
    received: `購入通知の${elapsed(c, p.elapsedSeconds)}後に購入`,
  }),
  'elig.verify.exceeded': (p, c) => ({
    message: `購入通知から${hours(c, p.hours, 'hours')}を超えています。`,
    expected: `${notice(c, p.hours)}の購入`,
    received: `購入通知の${elapsed(c, p.elapsedSeconds)}後に購入`,
  }),
  'elig.verify.before-notice': (p, c) => ({
    message: 'プランは購入通知を受け取る前に購入されています。',
    expected: `${notice(c, p.hours)}の購入`,
    received: `購入通知の${elapsed(c, p.elapsedSeconds)}前に購入`,
  }),
  'elig.verify.apply': (p, c) => ({
    message: `DJIサポートにお問い合わせのうえ、製品を返送するか、動画による確認をお申し込みください。確認を通過しましたら、${notice(c, p.hours)}にプランをご購入ください。`,
  }),
  'elig.verify.await-notice': (p, c) => ({
    message: `確認後に届く購入通知をお待ちください。通知が届きましたら、そこから${hours(c, p.hours, 'hours')}以内にプランをご購入ください。`,
  }),

  'terms.caller-figure': (p) => ({
    message: `この判定の数値の一部には、${p.rule}の公開された値に代えて、独自に指定された規約（${p.source}）の値が使われています。`,
  }),
});
