/**
 * The Traditional Chinese words of the flyaway replacement (SVC-REPLACE-FLYAWAY) and its
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
const BINDING: Readonly<Record<MessageParams['fly.binding.history-needed']['of'], string>> = { account: '帳號', controller: '遙控器' };
const MODELS = 'DJI Mavic 3、Mavic 3 Cine、Air 2S、Mavic Air 2、Mini 2 或 Mini SE';
const RECORDS = '已透過 App 同步的飛行紀錄';
const NOT_THEFT = '非遭竊或遺失';
const QUOTA = '尚有飛丟次數及換新次數';

function boundBefore(of: string): string {
  return `${of}在飛丟之前已綁定`;
}

function stillBound(of: string): string {
  return `飛丟時${of}仍處於綁定狀態`;
}

function quotaReceived(c: RenderContext, p: { readonly flyaway: number; readonly replacements: number; readonly quota: string }): string {
  return `剩餘飛丟 ${n(c, p.flyaway)}、換新 ${n(c, p.replacements)}（${p.quota}）`;
}

function owner(account: string | null): string {
  return account === null ? '飛丟時所綁定帳號的持有人' : `帳號 ${account}`;
}

function controller(rc: string | null): string {
  return rc === null ? '飛丟時所綁定的遙控器' : `遙控器 ${rc}`;
}

/**
 * The Traditional Chinese words of the flyaway codes.
 *
 * @example
 * ```ts
 * FLYAWAY_MESSAGES['fly.records.synced']({}, { tag: 'zh-Hant', region: 'HK', timeZone: 'Asia/Hong_Kong' }).message; //=> '事故飛行紀錄已同步。'
 * ```
 */
export const FLYAWAY_MESSAGES: Pick<Catalogue, FlyawayCode> = /* @__PURE__ */ Object.freeze({
  'fly.model.offered': (p) => w(`${p.productName} 享有${FLYAWAY}服務。`, MODELS, p.productName),
  'fly.model.not-offered': (p) => w(`${p.productName} 不提供${FLYAWAY}服務。`, MODELS, p.productName),
  'fly.binding.history-needed': (p) =>
    w(`需要提供${BINDING[p.of]}的綁定紀錄，才能判定飛丟換新申請。`, boundBefore(BINDING[p.of]), NOT_GIVEN),
  'fly.binding.bound-before': (p, c) =>
    w(`${BINDING[p.of]}已於${date(c, p.date)}綁定，早於飛丟。`, boundBefore(BINDING[p.of]), `綁定於${dateTime(c, p.boundAt)}`),
  'fly.binding.not-bound-before': (p, c) =>
    w(
      `${BINDING[p.of]}在飛丟前未綁定；${FLYAWAY}須事先綁定。`,
      boundBefore(BINDING[p.of]),
      p.firstBoundAt === null ? '從未綁定' : `首次綁定於${dateTime(c, p.firstBoundAt)}`,
    ),
  'fly.unbound.history-needed': (p) =>
    w(`需要提供${BINDING[p.of]}的綁定紀錄，才能確認飛丟前是否已解除綁定。`, stillBound(BINDING[p.of]), NOT_GIVEN),
  'fly.unbound.no-binding-before': (p) => w(`飛丟前沒有解除過${BINDING[p.of]}的綁定。`, stillBound(BINDING[p.of]), '飛丟前無綁定'),
  'fly.unbound.still-bound': (p) => w(`飛丟發生時，${BINDING[p.of]}仍處於綁定狀態。`, stillBound(BINDING[p.of]), '仍處於綁定狀態'),
  'fly.unbound.undone': (p, c) =>
    w(`${BINDING[p.of]}已於${date(c, p.date)}解除綁定，早於飛丟發生。`, stillBound(BINDING[p.of]), `解除綁定於${dateTime(c, p.unboundAt)}`),
  'fly.owner.claimant-needed': (p) => w('需要提供申請飛丟換新的帳號。', owner(p.account), NOT_GIVEN),
  'fly.owner.no-account-bound': (p) => w('飛丟時飛行器未綁定任何帳號，因此無人能以持有人身分提出申請。', owner(null), p.claimant),
  'fly.owner.is-owner': (p) => w('申請人是所綁定帳號的持有人。', owner(p.account), p.claimant),
  'fly.owner.not-owner': (p) => w(`只有所綁定帳號的持有人才能申請${FLYAWAY}。`, owner(p.account), p.claimant),
  'fly.report.controller-needed': (p) => w('需要提供產生飛丟報告所用的遙控器。', controller(p.controller), NOT_GIVEN),
  'fly.report.no-controller-bound': (p) => w('飛丟時飛行器未綁定任何遙控器，無法以其產生報告。', controller(null), p.reporter),
  'fly.report.bound-controller': (p) => w('飛丟報告由所綁定的遙控器產生。', controller(p.controller), p.reporter),
  'fly.report.other-controller': (p) => w('飛丟報告必須由所綁定的遙控器產生。', controller(p.controller), p.reporter),
  'fly.theft.needed': () => w('需要確認飛行器是否遭竊或遺失：遭竊和遺失不在保障範圍內。', NOT_THEFT, NOT_GIVEN),
  'fly.theft.stolen-or-lost': () => w('遭竊和意外遺失不屬於飛丟，不在保障範圍內。', NOT_THEFT, '遭竊或遺失'),
  'fly.theft.flyaway': () => w('飛行器並非遭竊或遺失。', NOT_THEFT, '飛丟'),
  'fly.records.needed': () => w('需要確認事故飛行紀錄是否已同步。', RECORDS, NOT_GIVEN),
  'fly.records.synced': () => w('事故飛行紀錄已同步。', RECORDS, '已同步'),
  'fly.records.not-synced': () => w(`事故飛行紀錄未透過 App 同步，無法享有${FLYAWAY}。`, RECORDS, '未同步'),
  'fly.quota.outside-validity': (p, c) => w(`飛丟發生在換新服務有效期間之外，無法使用${FLYAWAY}。`, '在換新服務有效期間內', date(c, p.date)),
  'fly.quota.left': (p, c) =>
    w(`${WHERE[p.window]}仍可使用${FLYAWAY}（飛丟 ${n(c, p.flyaway)}，換新 ${n(c, p.replacements)}）。`, QUOTA, quotaReceived(c, p)),
  'fly.quota.no-replacement-left': (p, c) => w(`${WHERE[p.window]}已無剩餘換新次數。`, QUOTA, quotaReceived(c, p)),
  'fly.quota.no-flyaway-left': (p, c) => w(`${WHERE[p.window]}已無可用的${FLYAWAY}次數。`, QUOTA, quotaReceived(c, p)),
  'fly.quota.model-has-none': (p, c) =>
    w(
      `${p.productName} 的服務方案不含飛丟次數：此機型的服務方案不包括${FLYAWAY}。`,
      QUOTA,
      quotaReceived(c, { flyaway: 0, replacements: p.replacements, quota: p.quota }),
    ),
});
