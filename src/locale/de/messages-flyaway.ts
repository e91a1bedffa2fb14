/**
 * The German words of the flyaway replacement (SVC-REPLACE-FLYAWAY) and its conditions:
 * FLY-MODEL, FLY-ACCOUNT-BOUND, FLY-NOT-UNBOUND, FLY-OWNER, FLY-RC-BOUND, FLY-NOT-THEFT,
 * FLY-RECORDS and FLY-QUOTA: a part of the German catalogue, spread into it by `messages.ts`
 * (issue 13).
 *
 * @module
 */
import type { Catalogue, MessageParams, RenderContext } from '../../messages/codes';
import type { FlyawayCode } from '../../messages/en-flyaway';
import { GLOSSARY } from './glossary';
import { date, dateTime } from '../words';
import { NOT_GIVEN } from './messages-eligibility';
import { WHERE, units } from './messages-ledger';

/** FLY-ACCOUNT-BOUND, FLY-RC-BOUND: what the aircraft is bound with, after "mit". */
const WITH: Readonly<Record<MessageParams['fly.binding.history-needed']['of'], string>> = { account: 'dem DJI-Konto', controller: 'der Fernsteuerung' };

const COVER = GLOSSARY.flyawayReplacement.text;
const MODELS = 'DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 oder Mini SE';
const BY_COVER = 'ein Flyaway-Austausch';
const RECORDS = 'über die App synchronisierte Flugdaten';
const NOT_THEFT = 'weder gestohlen noch verloren';
const QUOTA = 'eine verbleibende Flyaway-Nutzung und ein verbleibendes Ersatzgerät';
const BOUND_CONTROLLER = 'die beim Flyaway verknüpfte Fernsteuerung';

function before(of: MessageParams['fly.binding.history-needed']['of']): string {
  return `Verknüpfung mit ${WITH[of]} bereits vor dem Flyaway`;
}

function still(of: MessageParams['fly.binding.history-needed']['of']): string {
  return `Verknüpfung mit ${WITH[of]} beim Flyaway noch aktiv`;
}

function quota(c: RenderContext, p: { readonly flyaway: number; readonly replacements: number; readonly quota: string }, message: string) {
  return { message, expected: QUOTA, received: `verbleibend: Flyaway ${p.flyaway}, ${units(c, p.replacements)} (${p.quota})` };
}

function owner(account: string | null): string {
  return account === null ? 'der Inhaber des beim Flyaway verknüpften Kontos' : `Konto ${account}`;
}

function controller(id: string | null): string {
  return id === null ? BOUND_CONTROLLER : `Fernsteuerung ${id}`;
}

/** The German words of the flyaway codes. */
export const DE_FLYAWAY: Pick<Catalogue, FlyawayCode> = /* @__PURE__ */ Object.freeze({
  'fly.model.offered': (p) => ({ message: `Für ${p.productName} gibt es die ${COVER}.`, expected: MODELS, received: p.productName }),
  'fly.model.not-offered': (p) => ({ message: `Für ${p.productName} wird keine ${COVER} angeboten.`, expected: MODELS, received: p.productName }),
  'fly.binding.history-needed': (p) => ({
    message: `Zur Prüfung eines Flyaway-Antrags wird der Verlauf der Verknüpfung mit ${WITH[p.of]} benötigt.`,
    expected: before(p.of),
    received: NOT_GIVEN,
  }),
  'fly.binding.bound-before': (p, c) => ({
    message: `Die Verknüpfung mit ${WITH[p.of]} erfolgte am ${date(c, p.date)}, also vor dem Flyaway.`,
    expected: before(p.of),
    received: `verknüpft: ${dateTime(c, p.boundAt)}`,
  }),
  'fly.binding.not-bound-before': (p, c) => ({
    message: `Vor dem Flyaway bestand keine Verknüpfung mit ${WITH[p.of]}; für die ${COVER} muss sie schon vorher bestehen.`,
    expected: before(p.of),
    received: p.firstBoundAt === null ? 'nie verknüpft' : `erstmals verknüpft: ${dateTime(c, p.firstBoundAt)}`,
  }),
  'fly.unbound.history-needed': (p) => ({
    message: `Der Verlauf der Verknüpfung mit ${WITH[p.of]} wird benötigt, um festzustellen, ob sie vor dem Flyaway aufgehoben wurde.`,
    expected: still(p.of),
    received: NOT_GIVEN,
  }),
  'fly.unbound.no-binding-before': (p) => ({
    message: `Vor dem Flyaway wurde keine Verknüpfung mit ${WITH[p.of]} aufgehoben.`,
    expected: still(p.of),
    received: 'vor dem Flyaway keine Verknüpfung',
  }),
  'fly.unbound.still-bound': (p) => ({
    message: `Die Verknüpfung mit ${WITH[p.of]} bestand zum Zeitpunkt des Flyaways.`,
    expected: still(p.of),
    received: 'noch verknüpft',
  }),
  'fly.unbound.undone': (p, c) => ({
    message: `Die Verknüpfung mit ${WITH[p.of]} wurde am ${date(c, p.date)} aufgehoben, also vor dem Flyaway.`,
    expected: still(p.of),
    received: `aufgehoben: ${dateTime(c, p.unboundAt)}`,
  }),
  'fly.owner.claimant-needed': (p) => ({
    message: `Bitte geben Sie das Konto an, mit dem ${BY_COVER} beantragt wird.`,
    expected: owner(p.account),
    received: NOT_GIVEN,
  }),
  'fly.owner.no-account-bound': (p) => ({
    message: 'Beim Flyaway war kein Konto mit dem Fluggerät verknüpft; daher kann niemand als dessen Inhaber einen Antrag stellen.',
    expected: owner(null),
    received: p.claimant,
  }),
  'fly.owner.is-owner': (p) => ({ message: 'Der Antragsteller ist Inhaber des verknüpften Kontos.', expected: owner(p.account), received: p.claimant }),
  'fly.owner.not-owner': (p) => ({
    message: 'Nur der Inhaber des verknüpften Kontos kann einen Flyaway-Austausch beantragen.',
    expected: owner(p.account),
    received: p.claimant,
  }),
  'fly.report.controller-needed': (p) => ({
    message: 'Bitte geben Sie die Fernsteuerung an, mit der der Flyaway-Bericht erstellt wurde.',
    expected: controller(p.controller),
    received: NOT_GIVEN,
  }),
  'fly.report.no-controller-bound': (p) => ({
    message: 'Beim Flyaway war keine Fernsteuerung mit dem Fluggerät verknüpft, mit der der Bericht hätte erstellt werden können.',
    expected: BOUND_CONTROLLER,
    received: p.reporter,
  }),
  'fly.report.bound-controller': (p) => ({
    message: 'Der Flyaway-Bericht wurde mit der verknüpften Fernsteuerung erstellt.',
    expected: controller(p.controller),
    received: p.reporter,
  }),
  'fly.report.other-controller': (p) => ({
    message: 'Der Flyaway-Bericht muss mit der verknüpften Fernsteuerung erstellt werden.',
    expected: controller(p.controller),
    received: p.reporter,
  }),
  'fly.theft.needed': () => ({
    message: 'Bitte geben Sie an, ob das Fluggerät gestohlen wurde oder verloren ging: Diebstahl und Verlust sind nicht abgedeckt.',
    expected: NOT_THEFT,
    received: NOT_GIVEN,
  }),
  'fly.theft.stolen-or-lost': () => ({
    message: 'Diebstahl und versehentlicher Verlust gelten nicht als Flyaway und sind nicht abgedeckt.',
    expected: NOT_THEFT,
    received: 'gestohlen oder verloren',
  }),
  'fly.theft.flyaway': () => ({ message: 'Das Fluggerät wurde weder gestohlen noch ist es verloren gegangen.', expected: NOT_THEFT, received: 'ein Flyaway' }),
  'fly.records.needed': () => ({
    message: 'Bitte geben Sie an, ob die Flugdaten des Unfalls synchronisiert wurden.',
    expected: RECORDS,
    received: NOT_GIVEN,
  }),
  'fly.records.synced': () => ({ message: 'Die Flugdaten des Unfalls wurden synchronisiert.', expected: RECORDS, received: 'synchronisiert' }),
  'fly.records.not-synced': () => ({
    message: `Ohne über die App synchronisierte Flugdaten des Unfalls ist kein Flyaway-Austausch möglich.`,
    expected: RECORDS,
    received: 'nicht synchronisiert',
  }),
  'fly.quota.outside-validity': (p, c) => ({
    message: `Der Flyaway liegt außerhalb der Gültigkeitsdauer des ${GLOSSARY.replacement.text}: Ein Flyaway-Austausch ist nicht möglich.`,
    expected: `innerhalb der Gültigkeitsdauer des ${GLOSSARY.replacement.text}`,
    received: date(c, p.date),
  }),
  'fly.quota.left': (p, c) =>
    quota(c, p, `${WHERE[p.window]} ist noch ${BY_COVER} verfügbar (Flyaway: ${p.flyaway}, ${units(c, p.replacements)}).`),
  'fly.quota.no-replacement-left': (p, c) => quota(c, p, `${WHERE[p.window]} ist kein Ersatzgerät mehr verfügbar.`),
  'fly.quota.no-flyaway-left': (p, c) => quota(c, p, `${WHERE[p.window]} ist kein Flyaway-Austausch mehr verfügbar.`),
  'fly.quota.model-has-none': (p, c) =>
    quota(
      c,
      { flyaway: 0, replacements: p.replacements, quota: p.quota },
      `Der Plan für ${p.productName} hat kein Flyaway-Kontingent: Für dieses Modell umfasst der Plan keine ${COVER}.`,
    ),
});
