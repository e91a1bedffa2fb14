/**
 * The Japanese words of the agreement date (DATE-BUNDLED, DATE-BUNDLED-OM, DATE-SEPARATE,
 * DATE-CODE), of rebinding after a replacement (REBIND-REPLACEMENT) and of the plan's validity
 * (PERIOD-START, PERIOD-OUTSIDE): a part of the Japanese catalogue (issue 13).
 *
 * @module
 */
import type { Catalogue } from '../../messages/codes';
import type { PlanCode } from '../../messages/en-plan';
import { date, plural } from '../words';
import { NOT_GIVEN, validity } from './common';
import { ACTIVATION_INSTANT, NOT_ACTIVATED } from './messages-eligibility';

/** What a PERIOD-OUTSIDE check is about. */
const SUBJECT = { damage: '破損の発生日', flyaway: 'フライアウェイの発生日', repair: '修理のお申し込み日', 'maintenance request': '定期点検のお申し込み日' } as const;
const REPLACED = 'まだ再紐付けされていない交換';
const NEVER_BOUND_HERE = 'このプランに紐付けられたことのない製品';

/** The Japanese words of the agreement-date, rebinding and validity codes. */
export const JA_PLAN: Pick<Catalogue, PlanCode> = /* @__PURE__ */ Object.freeze({
  'date.bundled.activation-unknown': () => ({
    message: '製品がアクティベーションされているかどうか不明です。',
    expected: ACTIVATION_INSTANT,
    received: NOT_GIVEN,
  }),
  'date.bundled.not-activated': () => ({
    message: 'プランはアクティベーション日に発効しますが、製品はまだアクティベーションされていません。',
    expected: 'アクティベーション済みの製品',
    received: NOT_ACTIVATED,
  }),
  'date.bundled.activation-date': (p, c) => ({
    message: '製品と同時にご購入のため、契約日はアクティベーション日です。',
    expected: 'アクティベーション日',
    received: date(c, p.date),
  }),
  'date.bundled.activated-before-auto-start': (p, c) => ({
    message: '製品は自動発効日より前にアクティベーションされています。',
    expected: `${date(c, p.autoStartDate)}より前のアクティベーション`,
    received: date(c, p.activationDate),
  }),
  'date.bundled-om.delivery-needed': (p, c) => ({
    message: `配送日の情報が必要です。${p.productName}は、先にアクティベーションされない場合、配送日の${plural(c, p.days, { other: '#日' })}後にプランが自動的に発効します。`,
    expected: '配送日',
    received: NOT_GIVEN,
  }),
  'date.bundled-om.auto-start': (p, c) => ({
    message: `プランは配送日の${plural(c, p.days, { other: '#日' })}後に自動的に発効します。`,
    expected: `${date(c, p.autoStartDate)}より前にアクティベーションされていないこと`,
    received: p.activationDate === null ? NOT_ACTIVATED : `${date(c, p.activationDate)}にアクティベーション`,
  }),
  'date.separate': (p, c) => ({ message: '単体でご購入のため、契約日は購入日です。', expected: '購入日', received: date(c, p.date) }),
  'date.code': (p, c) => ({ message: 'アクティベーションコードで紐付けたため、契約日は紐付け日です。', expected: '紐付け日', received: date(c, p.date) }),

  'rebind.unit.current': (p) => ({ message: `製品 ${p.serial} はプランに紐付けられています。`, expected: `プランの製品（${p.serial}）`, received: p.serial }),
  'rebind.unit.replaced-not-rebound': (p) => ({
    message: `製品 ${p.serial} は交換済みのため、プランはもうありません。受け取った製品への再紐付けを記録してから、その製品でお申し込みください。`,
    expected: 'プランに紐付けられた製品（交換後は再紐付けを記録）',
    received: `${p.serial}（交換済み）`,
  }),
  'rebind.unit.former': (p) => ({
    message: `製品 ${p.serial} は交換済みです。プランは製品 ${p.planSerial} に移っており、元の製品にはプランがありません。`,
    expected: `プランの製品（${p.planSerial}）`,
    received: p.serial,
  }),
  'rebind.replaced': (p) => ({ message: `製品 ${p.serial} は交換されました。プランは受け取った製品に移ります。`, expected: REPLACED, received: '交換済み' }),
  'rebind.no-replacement': (p) => ({ message: `製品 ${p.serial} には、再紐付けの対象となる交換がありません。`, expected: REPLACED, received: '交換なし' }),
  'rebind.new-unit.bound-before': (p) => ({
    message: `製品 ${p.newSerial} はすでにこのプランに紐付けられたことがあります。製品を紐付けられるのは1回のみです。`,
    expected: NEVER_BOUND_HERE,
    received: '紐付け済み',
  }),
  'rebind.new-unit.never-bound': (p) => ({
    message: `製品 ${p.newSerial} はこれまでこのプランに紐付けられていません。`,
    expected: NEVER_BOUND_HERE,
    received: '紐付け履歴なし',
  }),
  'rebind.new-unit.no-purchase': (p) => ({
    message: `製品 ${p.newSerial} には現在このプランが適用されています。この製品にはDJI Care Refreshを販売しないでください（previouslyBound: true）。`,
  }),

  'period.inside': (p, c) => ({ message: `${SUBJECT[p.subject]}はプランの有効期間内です。`, ...validity(c, p) }),
  'period.before-start': (p, c) => ({
    message: `${SUBJECT[p.subject]}はプランの発効日（${date(c, p.startDate)}）より前のため、対象外です。`,
    ...validity(c, p),
  }),
  'period.after-end': (p, c) => ({
    message: `${SUBJECT[p.subject]}はプランの有効期間の終了後（最終日：${date(c, p.lastDate)}）のため、対象外です。`,
    ...validity(c, p),
  }),
});
