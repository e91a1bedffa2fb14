/**
 * The Japanese words of the flyaway replacement (SVC-REPLACE-FLYAWAY) and its conditions:
 * FLY-MODEL, FLY-ACCOUNT-BOUND, FLY-NOT-UNBOUND, FLY-OWNER, FLY-RC-BOUND, FLY-NOT-THEFT,
 * FLY-RECORDS and FLY-QUOTA: a part of the Japanese catalogue (issue 13).
 *
 * @module
 */
import type { Catalogue, RenderContext } from '../../messages/codes';
import type { FlyawayCode } from '../../messages/en-flyaway';
import { date, dateTime } from '../words';
import { FLYAWAY, NOT_GIVEN, WINDOW, times } from './common';

/** What a flyaway binding is of: the aircraft's DJI account, or its remote controller. */
const BINDING = { account: 'DJIアカウント', controller: '送信機' } as const;
const MODELS = 'DJI Mavic 3、Mavic 3 Cine、Air 2S、Mavic Air 2、Mini 2、Mini SE';
const RECORDS = 'アプリで同期された飛行記録';
const NOT_THEFT = '盗難・紛失ではないこと';
const QUOTA = 'フライアウェイの利用枠と交換の残り';

function bound(of: keyof typeof BINDING): string {
  return `フライアウェイ前に紐付けられた${BINDING[of]}`;
}

function still(of: keyof typeof BINDING): string {
  return `フライアウェイ時点で紐付けが続いている${BINDING[of]}`;
}

function quota(c: RenderContext, p: { readonly flyaway: number; readonly replacements: number; readonly quota: string }): string {
  return `フライアウェイ残り${times(c, p.flyaway)}、交換残り${times(c, p.replacements)}（${p.quota}）`;
}

function owner(account: string | null): string {
  return account === null ? 'フライアウェイ時に紐付けられていたアカウントの所有者' : `アカウント ${account}`;
}

function controller(id: string | null): string {
  return id === null ? 'フライアウェイ時に紐付けられていた送信機' : `送信機 ${id}`;
}

/** The Japanese words of the flyaway codes. */
export const JA_FLYAWAY: Pick<Catalogue, FlyawayCode> = /* @__PURE__ */ Object.freeze({
  'fly.model.offered': (p) => ({ message: `${p.productName}は${FLYAWAY}の対象です。`, expected: MODELS, received: p.productName }),
  'fly.model.not-offered': (p) => ({ message: `${p.productName}は${FLYAWAY}の対象外です。`, expected: MODELS, received: p.productName }),
  'fly.binding.history-needed': (p) => ({
    message: `フライアウェイの申請を判断するには、${BINDING[p.of]}の紐付け履歴が必要です。`,
    expected: bound(p.of),
    received: NOT_GIVEN,
  }),
  'fly.binding.bound-before': (p, c) => ({
    message: `${BINDING[p.of]}はフライアウェイ前の${date(c, p.date)}に紐付けられています。`,
    expected: bound(p.of),
    received: `${dateTime(c, p.boundAt)}に紐付け`,
  }),
  'fly.binding.not-bound-before': (p, c) => ({
    message: `${BINDING[p.of]}はフライアウェイ前に紐付けられていません。${FLYAWAY}には事前の紐付けが必要です。`,
    expected: bound(p.of),
    received: p.firstBoundAt === null ? '紐付けなし' : `${dateTime(c, p.firstBoundAt)}に初回紐付け`,
  }),
  'fly.unbound.history-needed': (p) => ({
    message: `フライアウェイ前に紐付けが解除されたかどうかを確認するには、${BINDING[p.of]}の紐付け履歴が必要です。`,
    expected: still(p.of),
    received: NOT_GIVEN,
  }),
  'fly.unbound.no-binding-before': (p) => ({
    message: `フライアウェイ前に解除された${BINDING[p.of]}の紐付けはありません。`,
    expected: still(p.of),
    received: 'フライアウェイ前の紐付けなし',
  }),
  'fly.unbound.still-bound': (p) => ({ message: `フライアウェイの発生時、${BINDING[p.of]}の紐付けは有効でした。`, expected: still(p.of), received: '紐付け継続中' }),
  'fly.unbound.undone': (p, c) => ({
    message: `${BINDING[p.of]}の紐付けは、フライアウェイ発生前の${date(c, p.date)}に解除されています。`,
    expected: still(p.of),
    received: `${dateTime(c, p.unboundAt)}に解除`,
  }),
  'fly.owner.claimant-needed': (p) => ({ message: `${FLYAWAY}を申請するアカウントの情報が必要です。`, expected: owner(p.account), received: NOT_GIVEN }),
  'fly.owner.no-account-bound': (p) => ({
    message: 'フライアウェイ時に機体に紐付けられたアカウントがないため、所有者として申請できる方がいません。',
    expected: owner(null),
    received: p.claimant,
  }),
  'fly.owner.is-owner': (p) => ({ message: '申請者は紐付けられたアカウントの所有者です。', expected: owner(p.account), received: p.claimant }),
  'fly.owner.not-owner': (p) => ({
    message: `${FLYAWAY}を申請できるのは、紐付けられたアカウントの所有者のみです。`,
    expected: owner(p.account),
    received: p.claimant,
  }),
  'fly.report.controller-needed': (p) => ({
    message: 'フライアウェイレポートの作成に使用した送信機の情報が必要です。',
    expected: controller(p.controller),
    received: NOT_GIVEN,
  }),
  'fly.report.no-controller-bound': (p) => ({
    message: 'フライアウェイ時に機体に紐付けられた送信機がないため、レポートを作成できません。',
    expected: controller(null),
    received: p.reporter,
  }),
  'fly.report.bound-controller': (p) => ({
    message: 'フライアウェイレポートは、紐付けられた送信機で作成されています。',
    expected: controller(p.controller),
    received: p.reporter,
  }),
  'fly.report.other-controller': (p) => ({
    message: 'フライアウェイレポートは、紐付けられた送信機で作成していただく必要があります。',
    expected: controller(p.controller),
    received: p.reporter,
  }),
  'fly.theft.needed': () => ({
    message: '機体が盗難・紛失に遭ったかどうかの情報が必要です。盗難と紛失は対象外です。',
    expected: NOT_THEFT,
    received: NOT_GIVEN,
  }),
  'fly.theft.stolen-or-lost': () => ({ message: '盗難および偶発的な紛失はフライアウェイではなく、対象外です。', expected: NOT_THEFT, received: '盗難・紛失' }),
  'fly.theft.flyaway': () => ({ message: '機体は盗難・紛失に遭っていません。', expected: NOT_THEFT, received: 'フライアウェイ' }),
  'fly.records.needed': () => ({ message: '事故時の飛行記録が同期されたかどうかの情報が必要です。', expected: RECORDS, received: NOT_GIVEN }),
  'fly.records.synced': () => ({ message: '事故時の飛行記録は同期されています。', expected: RECORDS, received: '同期済み' }),
  'fly.records.not-synced': () => ({
    message: `アプリで同期された事故時の飛行記録がない場合、${FLYAWAY}は受けられません。`,
    expected: RECORDS,
    received: '未同期',
  }),
  'fly.quota.outside-validity': (p, c) => ({
    message: `フライアウェイが交換の有効期間外のため、${FLYAWAY}はご利用いただけません。`,
    expected: '交換の有効期間内',
    received: date(c, p.date),
  }),
  'fly.quota.left': (p, c) => ({
    message: `${WINDOW[p.window]}内に${FLYAWAY}が残っています（フライアウェイ${times(c, p.flyaway)}、交換${times(c, p.replacements)}）。`,
    expected: QUOTA,
    received: quota(c, p),
  }),
  'fly.quota.no-replacement-left': (p, c) => ({ message: `${WINDOW[p.window]}内に残っている交換はありません。`, expected: QUOTA, received: quota(c, p) }),
  'fly.quota.no-flyaway-left': (p, c) => ({ message: `${WINDOW[p.window]}内に残っている${FLYAWAY}はありません。`, expected: QUOTA, received: quota(c, p) }),
  'fly.quota.model-has-none': (p, c) => ({
    message: `${p.productName}のプランには${FLYAWAY}が含まれていないため、その利用枠はありません。`,
    expected: QUOTA,
    received: quota(c, { flyaway: 0, replacements: p.replacements, quota: p.quota }),
  }),
});
