/**
 * The Traditional Chinese words of the eligibility rules (REGION-AVAILABLE, REGION-MATCH,
 * ELIG-ONCE, ELIG-NEW, ELIG-48H, ELIG-30D, ELIG-VERIFY) and of TERMS-CALLER: a part of
 * `MESSAGES`, as `en-eligibility.ts` is of the English catalogue.
 *
 * @module
 */
import type { EligibilityCode } from '../../messages/en-eligibility';
import type { Catalogue, RenderContext } from '../../messages/codes';
import type { ProductCategory } from '../../catalog/products';
import { elapsed, hours, plural, region } from '../words';
import { NOT_GIVEN, PLAN, rc, w } from './common';

/** The product categories of CAT-CATEGORY. */
const CATEGORY: Readonly<Record<ProductCategory, string>> = { aircraft: '飛行器', gimbal: '雲台', handheld: '手持裝置' };
const SOLD = `有販售 ${PLAN} 的國家或地區`;
const ONCE = '從未綁定過服務方案的產品';
const NEVER = '從未綁定';
const BOUND = '曾經綁定';

/**
 * ELIG-VERIFY's window in hours, as the source writes it ("72 hours"), not turned into days as
 * the activation windows of ELIG-48H and ELIG-30D are (the English catalogue does the same).
 */
function verifyHours(c: RenderContext, h: number): string {
  return plural(c, h, { other: '# 小時' });
}

/** ELIG-VERIFY: bought within the hours after the purchasing notice. */
function afterNotice(h: string): string {
  return `收到購買通知後 ${h} 內購買`;
}

/**
 * The Traditional Chinese words of the eligibility codes and of TERMS-CALLER.
 *
 * @example
 * ```ts
 * ELIGIBILITY['elig.new.never-activated']({}, { tag: 'zh-Hant', region: 'TW', timeZone: 'Asia/Taipei' }).received; //=> '從未啟用'
 * ```
 */
export const ELIGIBILITY: Pick<Catalogue, EligibilityCode> = /* @__PURE__ */ Object.freeze({
  'region.sold': (p, c) => w(`${PLAN} 在${region(c, p.region)}有販售。`, SOLD, rc(c, p.region)),
  'region.not-sold': (p, c) => w(`${PLAN} 未在${region(c, p.region)}販售。`, SOLD, rc(c, p.region)),
  'region.same': (p, c) => w('服務方案與產品在同一國家或地區購買。', `與產品相同的國家或地區：${rc(c, p.region)}`, rc(c, p.region)),
  'region.mismatch': (p, c) =>
    w('服務方案必須與產品在同一國家或地區購買。', `與產品相同的國家或地區：${rc(c, p.productRegion)}`, rc(c, p.planRegion)),
  'elig.once.never-bound': () => w(`此產品從未綁定過 ${PLAN}。`, ONCE, NEVER),
  'elig.once.bound': () => w(`此產品已綁定過 ${PLAN}（或是透過服務方案換得的換新產品），無法再次綁定。`, ONCE, BOUND),
  'elig.once.unknown': () => w(`尚不確定此產品先前是否綁定過 ${PLAN}，請於銷售前確認。`, '產品是否曾綁定過服務方案', NOT_GIVEN),
  'elig.new.unknown': () => w('尚不確定此產品是否已啟用，請於銷售前確認。', '啟用時間；從未啟用則為 null', NOT_GIVEN),
  'elig.new.never-activated': () => w('此產品為全新產品，尚未啟用。', '未啟用的產品', '從未啟用'),
  'elig.window.within': (p, c) =>
    w(
      `此${CATEGORY[p.category]}於購買前啟用未超過 ${hours(c, p.hours)}。`,
      `購買前啟用不超過 ${hours(c, p.hours)}（${CATEGORY[p.category]}）`,
      `購買前 ${elapsed(c, p.elapsedSeconds)} 啟用`,
    ),
  'elig.window.exceeded': (p, c) =>
    w(
      `此${CATEGORY[p.category]}於購買前已啟用超過 ${hours(c, p.hours)}。`,
      `購買前啟用不超過 ${hours(c, p.hours)}（${CATEGORY[p.category]}）`,
      `購買前 ${elapsed(c, p.elapsedSeconds)} 啟用`,
    ),
  'elig.verify.no-notice': () => w('此產品尚未通過驗證。', '寄回檢測或視訊驗證通過後的購買通知', '無購買通知'),
  'elig.verify.within': (p, c) =>
    w(
      `此產品已通過驗證，且於收到購買通知後 ${verifyHours(c, p.hours)} 內購買了服務方案。`,
      afterNotice(verifyHours(c, p.hours)),
      `收到通知後 ${elapsed(c, p.elapsedSeconds)} 購買`,
    ),
  'elig.verify.exceeded': (p, c) =>
    w(`收到購買通知已超過 ${verifyHours(c, p.hours)}。`, afterNotice(verifyHours(c, p.hours)), `收到通知後 ${elapsed(c, p.elapsedSeconds)} 購買`),
  'elig.verify.before-notice': (p, c) =>
    w('服務方案於收到購買通知之前就已購買。', afterNotice(verifyHours(c, p.hours)), `收到通知前 ${elapsed(c, p.elapsedSeconds)} 購買`),
  'elig.verify.apply': (p, c) => ({
    message: `請聯絡 DJI 技術支援，將產品寄回檢測或申請視訊驗證；通過後，請於收到購買通知後 ${verifyHours(c, p.hours)} 內購買服務方案。`,
  }),
  'elig.verify.await-notice': (p, c) => ({
    message: `請等候驗證通過後發出的購買通知；收到通知後，請於 ${verifyHours(c, p.hours)} 內購買服務方案。`,
  }),

  'terms.caller-figure': (p) => ({
    message: `此結果中的一項數值取自自訂條款（${p.source}），取代原始資料中「${p.rule}」的數值。`,
  }),
});
