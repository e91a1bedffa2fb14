/**
 * The Simplified Chinese words of the flyaway replacement (SVC-REPLACE-FLYAWAY) and its
 * conditions: FLY-MODEL, FLY-ACCOUNT-BOUND, FLY-NOT-UNBOUND, FLY-OWNER, FLY-RC-BOUND,
 * FLY-NOT-THEFT, FLY-RECORDS and FLY-QUOTA: a part of `MESSAGES`, as `en-flyaway.ts` is of the
 * English catalogue.
 *
 * @module
 */
import type { Catalogue, MessageParams, RenderContext } from '../../messages/codes';
import type { FlyawayCode } from '../../messages/en-flyaway';
import { date, dateTime } from '../words';
import { FLYAWAY, NOT_GIVEN, WHERE, n, w } from './common';

/** What a binding history is of (FLY-ACCOUNT-BOUND, FLY-RC-BOUND). */
const BINDING: Readonly<Record<MessageParams['fly.binding.history-needed']['of'], string>> = { account: '账号', controller: '遥控器' };
const MODELS = 'DJI Mavic 3、Mavic 3 Cine、Air 2S、Mavic Air 2、Mini 2 或 Mini SE';
const RECORDS = '已通过 App 同步的飞行记录';
const NOT_THEFT = '非被盗或遗失';
const QUOTA = '尚有飞丢次数及置换次数';

function boundBefore(of: string): string {
  return `${of}在飞丢之前已绑定`;
}

function stillBound(of: string): string {
  return `飞丢时${of}仍处于绑定状态`;
}

function quotaReceived(c: RenderContext, p: { readonly flyaway: number; readonly replacements: number; readonly quota: string }): string {
  return `剩余飞丢${n(c, p.flyaway)}、置换${n(c, p.replacements)}（${p.quota}）`;
}

function owner(account: string | null): string {
  return account === null ? '飞丢时所绑定账号的所有者' : `账号 ${account}`;
}

function controller(rc: string | null): string {
  return rc === null ? '飞丢时所绑定的遥控器' : `遥控器 ${rc}`;
}

/**
 * The Simplified Chinese words of the flyaway codes.
 *
 * @example
 * ```ts
 * FLYAWAY_MESSAGES['fly.records.synced']({}, { tag: 'zh-Hans', region: 'CN', timeZone: 'Asia/Shanghai' }).message; //=> '事故飞行记录已同步。'
 * ```
 */
export const FLYAWAY_MESSAGES: Pick<Catalogue, FlyawayCode> = /* @__PURE__ */ Object.freeze({
  'fly.model.offered': (p) => w(`${p.productName} 享有${FLYAWAY}服务。`, MODELS, p.productName),
  'fly.model.not-offered': (p) => w(`${p.productName} 不提供${FLYAWAY}服务。`, MODELS, p.productName),
  'fly.binding.history-needed': (p) =>
    w(`需要提供${BINDING[p.of]}的绑定记录，才能判定飞丢置换申请。`, boundBefore(BINDING[p.of]), NOT_GIVEN),
  'fly.binding.bound-before': (p, c) =>
    w(`${BINDING[p.of]}已于${date(c, p.date)}绑定，早于飞丢。`, boundBefore(BINDING[p.of]), `绑定于${dateTime(c, p.boundAt)}`),
  'fly.binding.not-bound-before': (p, c) =>
    w(
      `${BINDING[p.of]}在飞丢前未绑定；${FLYAWAY}要求事先绑定。`,
      boundBefore(BINDING[p.of]),
      p.firstBoundAt === null ? '从未绑定' : `首次绑定于${dateTime(c, p.firstBoundAt)}`,
    ),
  'fly.unbound.history-needed': (p) =>
    w(`需要提供${BINDING[p.of]}的绑定记录，才能确认飞丢前是否已解绑。`, stillBound(BINDING[p.of]), NOT_GIVEN),
  'fly.unbound.no-binding-before': (p) => w(`飞丢前没有解除过${BINDING[p.of]}的绑定。`, stillBound(BINDING[p.of]), '飞丢前无绑定'),
  'fly.unbound.still-bound': (p) => w(`飞丢发生时，${BINDING[p.of]}仍处于绑定状态。`, stillBound(BINDING[p.of]), '仍处于绑定状态'),
  'fly.unbound.undone': (p, c) =>
    w(`${BINDING[p.of]}已于${date(c, p.date)}解除绑定，早于飞丢发生。`, stillBound(BINDING[p.of]), `解绑于${dateTime(c, p.unboundAt)}`),
  'fly.owner.claimant-needed': (p) => w('需要提供申请飞丢置换的账号。', owner(p.account), NOT_GIVEN),
  'fly.owner.no-account-bound': (p) => w('飞丢时飞行器未绑定任何账号，因此无人可作为所有者提出申请。', owner(null), p.claimant),
  'fly.owner.is-owner': (p) => w('申请人是所绑定账号的所有者。', owner(p.account), p.claimant),
  'fly.owner.not-owner': (p) => w(`只有所绑定账号的所有者才能申请${FLYAWAY}。`, owner(p.account), p.claimant),
  'fly.report.controller-needed': (p) => w('需要提供生成飞丢报告所用的遥控器。', controller(p.controller), NOT_GIVEN),
  'fly.report.no-controller-bound': (p) => w('飞丢时飞行器未绑定任何遥控器，无法以其生成报告。', controller(null), p.reporter),
  'fly.report.bound-controller': (p) => w('飞丢报告由所绑定的遥控器生成。', controller(p.controller), p.reporter),
  'fly.report.other-controller': (p) => w('飞丢报告必须由所绑定的遥控器生成。', controller(p.controller), p.reporter),
  'fly.theft.needed': () => w('需要确认飞行器是否被盗或遗失：被盗和遗失不在保障范围内。', NOT_THEFT, NOT_GIVEN),
  'fly.theft.stolen-or-lost': () => w('被盗和意外遗失不属于飞丢，不在保障范围内。', NOT_THEFT, '被盗或遗失'),
  'fly.theft.flyaway': () => w('飞行器并非被盗或遗失。', NOT_THEFT, '飞丢'),
  'fly.records.needed': () => w('需要确认事故飞行记录是否已同步。', RECORDS, NOT_GIVEN),
  'fly.records.synced': () => w('事故飞行记录已同步。', RECORDS, '已同步'),
  'fly.records.not-synced': () => w(`事故飞行记录未通过 App 同步，无法享受${FLYAWAY}。`, RECORDS, '未同步'),
  'fly.quota.outside-validity': (p, c) => w(`飞丢发生在置换服务有效期之外，无法使用${FLYAWAY}。`, '在置换服务有效期内', date(c, p.date)),
  'fly.quota.left': (p, c) =>
    w(`${WHERE[p.window]}仍可使用${FLYAWAY}（飞丢${n(c, p.flyaway)}，置换${n(c, p.replacements)}）。`, QUOTA, quotaReceived(c, p)),
  'fly.quota.no-replacement-left': (p, c) => w(`${WHERE[p.window]}已无剩余置换次数。`, QUOTA, quotaReceived(c, p)),
  'fly.quota.no-flyaway-left': (p, c) => w(`${WHERE[p.window]}已无可用的${FLYAWAY}次数。`, QUOTA, quotaReceived(c, p)),
  'fly.quota.model-has-none': (p, c) =>
    w(
      `${p.productName} 的服务计划不含飞丢次数：此机型的服务计划不包括${FLYAWAY}。`,
      QUOTA,
      quotaReceived(c, { flyaway: 0, replacements: p.replacements, quota: p.quota }),
    ),
});
