/**
 * The Simplified Chinese words of the eligibility rules (REGION-AVAILABLE, REGION-MATCH,
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
const CATEGORY: Readonly<Record<ProductCategory, string>> = { aircraft: '飞行器', gimbal: '云台', handheld: '手持设备' };
const SOLD = `销售 ${PLAN}的国家或地区`;
const ONCE = '从未绑定过服务计划的产品';
const NEVER = '从未绑定';
const BOUND = '曾经绑定';

/**
 * ELIG-VERIFY's window in hours, as the source writes it ("72 hours"), not turned into days as
 * the activation windows of ELIG-48H and ELIG-30D are (the English catalogue does the same).
 */
function verifyHours(c: RenderContext, h: number): string {
  return plural(c, h, { other: '#小时' });
}

/** ELIG-VERIFY: bought within the hours after the purchasing notice. */
function afterNotice(h: string): string {
  return `收到购买通知后${h}内购买`;
}

/**
 * The Simplified Chinese words of the eligibility codes and of TERMS-CALLER.
 *
 * @example
 * ```ts
 * ELIGIBILITY['elig.new.never-activated']({}, { tag: 'zh-Hans', region: 'CN', timeZone: 'Asia/Shanghai' }).received; //=> '从未激活'
 * ```
 */
export const ELIGIBILITY: Pick<Catalogue, EligibilityCode> = /* @__PURE__ */ Object.freeze({
  'region.sold': (p, c) => w(`${PLAN}在${region(c, p.region)}有售。`, SOLD, rc(c, p.region)),
  'region.not-sold': (p, c) => w(`${PLAN}未在${region(c, p.region)}销售。`, SOLD, rc(c, p.region)),
  'region.same': (p, c) => w('服务计划与产品在同一国家或地区购买。', `与产品相同的国家或地区：${rc(c, p.region)}`, rc(c, p.region)),
  'region.mismatch': (p, c) =>
    w('服务计划必须与产品在同一国家或地区购买。', `与产品相同的国家或地区：${rc(c, p.productRegion)}`, rc(c, p.planRegion)),
  'elig.once.never-bound': () => w(`此产品从未绑定过 ${PLAN}。`, ONCE, NEVER),
  'elig.once.bound': () => w(`此产品已绑定过 ${PLAN}（或是通过服务计划换得的置换产品），不能再次绑定。`, ONCE, BOUND),
  'elig.once.unknown': () => w(`尚不清楚此产品此前是否绑定过 ${PLAN}，请在销售前确认。`, '产品是否曾绑定过服务计划', NOT_GIVEN),
  'elig.new.unknown': () => w('尚不清楚此产品是否已激活，请在销售前确认。', '激活时间；从未激活则为 null', NOT_GIVEN),
  'elig.new.never-activated': () => w('此产品为全新产品，尚未激活。', '未激活的产品', '从未激活'),
  'elig.window.within': (p, c) =>
    w(
      `该${CATEGORY[p.category]}在购买前激活未超过${hours(c, p.hours)}。`,
      `购买前激活不超过${hours(c, p.hours)}（${CATEGORY[p.category]}）`,
      `购买前${elapsed(c, p.elapsedSeconds)}激活`,
    ),
  'elig.window.exceeded': (p, c) =>
    w(
      `该${CATEGORY[p.category]}在购买前已激活超过${hours(c, p.hours)}。`,
      `购买前激活不超过${hours(c, p.hours)}（${CATEGORY[p.category]}）`,
      `购买前${elapsed(c, p.elapsedSeconds)}激活`,
    ),
  'elig.verify.no-notice': () => w('此产品尚未通过验证。', '寄回检测或视频验证通过后的购买通知', '无购买通知'),
  'elig.verify.within': (p, c) =>
    w(
      `此产品已通过验证，且在收到购买通知后${verifyHours(c, p.hours)}内购买了服务计划。`,
      afterNotice(verifyHours(c, p.hours)),
      `收到通知后${elapsed(c, p.elapsedSeconds)}购买`,
    ),
  'elig.verify.exceeded': (p, c) =>
    w(`收到购买通知已超过${verifyHours(c, p.hours)}。`, afterNotice(verifyHours(c, p.hours)), `收到通知后${elapsed(c, p.elapsedSeconds)}购买`),
  'elig.verify.before-notice': (p, c) =>
    w('服务计划在收到购买通知之前就已购买。', afterNotice(verifyHours(c, p.hours)), `收到通知前${elapsed(c, p.elapsedSeconds)}购买`),
  'elig.verify.apply': (p, c) => ({
    message: `请联系 DJI 客服，将产品寄回检测或申请视频验证；通过后，请在收到购买通知后${verifyHours(c, p.hours)}内购买服务计划。`,
  }),
  'elig.verify.await-notice': (p, c) => ({
    message: `请等待验证通过后发出的购买通知；收到通知后，请在${verifyHours(c, p.hours)}内购买服务计划。`,
  }),

  'terms.caller-figure': (p) => ({
    message: `此结果中的一项数值取自调用方自己的条款（${p.source}），代替原始资料中“${p.rule}”的数值。`,
  }),
});
