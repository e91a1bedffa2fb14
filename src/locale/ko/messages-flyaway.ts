/**
 * The Korean words of the flyaway replacement (SVC-REPLACE-FLYAWAY) and its conditions:
 * FLY-MODEL, FLY-ACCOUNT-BOUND, FLY-NOT-UNBOUND, FLY-OWNER, FLY-RC-BOUND, FLY-NOT-THEFT,
 * FLY-RECORDS and FLY-QUOTA: a part of the Korean catalogue (issue 13).
 *
 * @module
 */
import type { Catalogue, RenderContext } from '../../messages/codes';
import type { FlyawayCode } from '../../messages/en-flyaway';
import { date, dateTime } from '../words';
import { FLYAWAY, NOT_GIVEN, WINDOW, times } from './common';
import { NEVER_BOUND } from './messages-eligibility';

/** What a flyaway binding is of: the aircraft's DJI account, or its remote controller. */
const BINDING = { account: 'DJI 계정', controller: '조종기' } as const;
const MODELS = 'DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 또는 Mini SE';
const RECORDS = '앱으로 동기화된 비행 기록';
const NOT_THEFT = '도난 또는 분실이 아님';
const QUOTA = '남은 플라이어웨이 사용 횟수와 교체';

function bound(of: keyof typeof BINDING): string {
  return `플라이어웨이 전에 바인딩된 ${BINDING[of]}`;
}

function still(of: keyof typeof BINDING): string {
  return `플라이어웨이 시점까지 바인딩이 유지된 ${BINDING[of]}`;
}

function quota(c: RenderContext, p: { readonly flyaway: number; readonly replacements: number; readonly quota: string }): string {
  return `플라이어웨이 ${times(c, p.flyaway)}, 교체 ${times(c, p.replacements)} 남음(${p.quota})`;
}

function owner(account: string | null): string {
  return account === null ? '플라이어웨이 당시 바인딩된 계정의 소유자' : `계정 ${account}`;
}

function controller(id: string | null): string {
  return id === null ? '플라이어웨이 당시 바인딩된 조종기' : `조종기 ${id}`;
}

/** The Korean words of the flyaway codes. */
export const KO_FLYAWAY: Pick<Catalogue, FlyawayCode> = /* @__PURE__ */ Object.freeze({
  'fly.model.offered': (p) => ({ message: `${p.productName}에는 ${FLYAWAY}가 제공됩니다.`, expected: MODELS, received: p.productName }),
  'fly.model.not-offered': (p) => ({ message: `${p.productName}에는 ${FLYAWAY}가 제공되지 않습니다.`, expected: MODELS, received: p.productName }),
  'fly.binding.history-needed': (p) => ({
    message: `${FLYAWAY} 신청을 판단하려면 ${BINDING[p.of]} 바인딩 이력이 필요합니다.`,
    expected: bound(p.of),
    received: NOT_GIVEN,
  }),
  'fly.binding.bound-before': (p, c) => ({
    message: `${BINDING[p.of]} 바인딩은 플라이어웨이 전인 ${date(c, p.date)}에 이루어졌습니다.`,
    expected: bound(p.of),
    received: `${dateTime(c, p.boundAt)} 바인딩`,
  }),
  'fly.binding.not-bound-before': (p, c) => ({
    message: `플라이어웨이 전에 ${BINDING[p.of]} 바인딩이 되어 있지 않았습니다. ${FLYAWAY}를 받으려면 사전에 바인딩해야 합니다.`,
    expected: bound(p.of),
    received: p.firstBoundAt === null ? NEVER_BOUND : `${dateTime(c, p.firstBoundAt)} 최초 바인딩`,
  }),
  'fly.unbound.history-needed': (p) => ({
    message: `플라이어웨이 전에 바인딩이 해제되었는지 확인하려면 ${BINDING[p.of]} 바인딩 이력이 필요합니다.`,
    expected: still(p.of),
    received: NOT_GIVEN,
  }),
  'fly.unbound.no-binding-before': (p) => ({
    message: `플라이어웨이 전에 해제된 ${BINDING[p.of]} 바인딩이 없습니다.`,
    expected: still(p.of),
    received: '플라이어웨이 전 바인딩 없음',
  }),
  'fly.unbound.still-bound': (p) => ({ message: `플라이어웨이 발생 당시 ${BINDING[p.of]} 바인딩이 유지되고 있었습니다.`, expected: still(p.of), received: '바인딩 유지' }),
  'fly.unbound.undone': (p, c) => ({
    message: `${BINDING[p.of]} 바인딩은 플라이어웨이 발생 전인 ${date(c, p.date)}에 해제되었습니다.`,
    expected: still(p.of),
    received: `${dateTime(c, p.unboundAt)} 해제`,
  }),
  'fly.owner.claimant-needed': (p) => ({ message: `${FLYAWAY}를 신청하는 계정 정보가 필요합니다.`, expected: owner(p.account), received: NOT_GIVEN }),
  'fly.owner.no-account-bound': (p) => ({
    message: '플라이어웨이 당시 기체에 바인딩된 계정이 없어 소유자로서 신청할 수 있는 사람이 없습니다.',
    expected: owner(null),
    received: p.claimant,
  }),
  'fly.owner.is-owner': (p) => ({ message: '신청자는 바인딩된 계정의 소유자입니다.', expected: owner(p.account), received: p.claimant }),
  'fly.owner.not-owner': (p) => ({
    message: `${FLYAWAY}는 바인딩된 계정의 소유자만 신청할 수 있습니다.`,
    expected: owner(p.account),
    received: p.claimant,
  }),
  'fly.report.controller-needed': (p) => ({
    message: '플라이어웨이 보고서를 생성한 조종기 정보가 필요합니다.',
    expected: controller(p.controller),
    received: NOT_GIVEN,
  }),
  'fly.report.no-controller-bound': (p) => ({
    message: '플라이어웨이 당시 기체에 바인딩된 조종기가 없어 보고서를 생성할 수 없습니다.',
    expected: controller(null),
    received: p.reporter,
  }),
  'fly.report.bound-controller': (p) => ({
    message: '플라이어웨이 보고서는 바인딩된 조종기로 생성되었습니다.',
    expected: controller(p.controller),
    received: p.reporter,
  }),
  'fly.report.other-controller': (p) => ({
    message: '플라이어웨이 보고서는 바인딩된 조종기로 생성해야 합니다.',
    expected: controller(p.controller),
    received: p.reporter,
  }),
  'fly.theft.needed': () => ({
    message: '기체의 도난 또는 분실 여부 정보가 필요합니다. 도난과 분실은 보장되지 않습니다.',
    expected: NOT_THEFT,
    received: NOT_GIVEN,
  }),
  'fly.theft.stolen-or-lost': () => ({ message: '도난 및 우발적 분실은 플라이어웨이가 아니므로 보장되지 않습니다.', expected: NOT_THEFT, received: '도난 또는 분실' }),
  'fly.theft.flyaway': () => ({ message: '기체는 도난되거나 분실되지 않았습니다.', expected: NOT_THEFT, received: '플라이어웨이' }),
  'fly.records.needed': () => ({ message: '사고 비행 기록의 동기화 여부 정보가 필요합니다.', expected: RECORDS, received: NOT_GIVEN }),
  'fly.records.synced': () => ({ message: '사고 비행 기록이 동기화되었습니다.', expected: RECORDS, received: '동기화됨' }),
  'fly.records.not-synced': () => ({
    message: `앱으로 동기화된 사고 비행 기록이 없으면 ${FLYAWAY}를 받을 수 없습니다.`,
    expected: RECORDS,
    received: '동기화 안 됨',
  }),
  'fly.quota.outside-validity': (p, c) => ({
    message: `플라이어웨이가 교체 유효 기간 밖에서 발생하여 ${FLYAWAY}를 사용할 수 없습니다.`,
    expected: '교체 유효 기간 내',
    received: date(c, p.date),
  }),
  'fly.quota.left': (p, c) => ({
    message: `${WINDOW[p.window]} 내에 ${FLYAWAY}가 남아 있습니다(플라이어웨이 ${times(c, p.flyaway)}, 교체 ${times(c, p.replacements)}).`,
    expected: QUOTA,
    received: quota(c, p),
  }),
  'fly.quota.no-replacement-left': (p, c) => ({ message: `${WINDOW[p.window]} 내에 남은 교체가 없습니다.`, expected: QUOTA, received: quota(c, p) }),
  'fly.quota.no-flyaway-left': (p, c) => ({ message: `${WINDOW[p.window]} 내에 남은 ${FLYAWAY}가 없습니다.`, expected: QUOTA, received: quota(c, p) }),
  'fly.quota.model-has-none': (p, c) => ({
    message: `${p.productName} 플랜에는 ${FLYAWAY}가 포함되어 있지 않아 플라이어웨이 한도가 없습니다.`,
    expected: QUOTA,
    received: quota(c, { flyaway: 0, replacements: p.replacements, quota: p.quota }),
  }),
});
