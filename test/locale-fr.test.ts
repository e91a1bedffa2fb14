/**
 * The French catalogue (issue 13): every code renders for the French-speaking markets without
 * falling back to English, and the sentences a storefront and a support desk meet most, checked
 * whole by hand.
 */
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../src/messages/codes';
import type { TextKey } from '../src/messages/text-types';
import { MESSAGES } from '../src/locale/fr/messages';
import { TEXTS } from '../src/locale/fr/texts';
import { expectTranslated, renderSamples } from './locale-support';
import { TEXT_SAMPLES } from './text-samples';

const FR: RenderContext = { tag: 'fr', region: 'FR', timeZone: 'Europe/Paris' };
const CA: RenderContext = { tag: 'fr', region: 'CA', timeZone: 'America/Toronto' };
const BE: RenderContext = { tag: 'fr', region: 'BE', timeZone: 'Europe/Brussels' };
const CH: RenderContext = { tag: 'fr', region: 'CH', timeZone: 'Europe/Zurich' };

describe('issue 13: French catalogue', () => {
  it.each([
    ['FR', FR],
    ['BE', BE],
    ['CH', CH],
    ['CA', CA],
  ])('translates every code for a plan of %s', (_, context) => {
    expectTranslated(MESSAGES, context);
  });

  it('writes one apostrophe throughout, the straight one (l\'appareil, not l’appareil), in the catalogue and the texts', () => {
    const words: string[] = [];
    for (const [, , text] of renderSamples(MESSAGES, FR)) words.push(text.message, text.expected ?? '', text.received ?? '');
    for (const key of Object.keys(TEXT_SAMPLES) as TextKey[]) {
      for (const params of TEXT_SAMPLES[key]) words.push((TEXTS[key] as (p: unknown, c: RenderContext) => string)(params, FR));
    }
    expect(words.filter((w) => w.includes('\u2019'))).toEqual([]);
    expect(words.filter((w) => w.includes("'")).length).toBeGreaterThan(50);
  });
});

describe('REGION-MATCH', () => {
  it('names both regions, with their codes', () => {
    expect(MESSAGES['region.mismatch']({ productRegion: 'FR', planRegion: 'DE' }, FR)).toEqual({
      message: 'Le forfait doit être acheté dans le même pays ou la même région que le produit.',
      expected: 'pays ou région du produit : France (FR)',
      received: 'Allemagne (DE)',
    });
  });
});

describe('ELIG-48H', () => {
  it('words the window and the time elapsed', () => {
    expect(MESSAGES['elig.window.exceeded']({ category: 'aircraft', hours: 48, elapsedSeconds: 331_200 }, FR)).toEqual({
      message: "Le drone a été activé plus de 48 heures avant l'achat.",
      expected: "activation au plus 48 heures avant l'achat (drone)",
      received: "activé 3 j 20 h avant l'achat",
    });
  });
});

describe('ELIG-30D', () => {
  it('writes a window of whole days in days', () => {
    expect(MESSAGES['elig.window.within']({ category: 'handheld', hours: 720, elapsedSeconds: 59 }, CA)).toEqual({
      message: "L'appareil portatif a été activé au plus 30 jours avant l'achat.",
      expected: "activation au plus 30 jours avant l'achat (appareil portatif)",
      received: "activé 59 s avant l'achat",
    });
  });
});

describe('ELIG-VERIFY', () => {
  it('keeps the window in hours, as the source writes it', () => {
    expect(MESSAGES['elig.verify.apply']({ hours: 72 }, FR).message).toBe(
      "Veuillez contacter le support DJI et renvoyer le produit ou demander une vérification vidéo. Une fois la vérification réussie, achetez le forfait dans les 72 heures suivant la notification d'achat.",
    );
  });
});

describe('QUOTA-1Y', () => {
  it('says that no damage replacement is left', () => {
    expect(MESSAGES['quota.damage.none-left']({ window: 'term', left: 0, allowed: 2 }, FR)).toEqual({
      message: 'Il ne reste aucun remplacement en cas de dommage sur le forfait.',
      expected: 'un remplacement en cas de dommage encore disponible',
      received: 'reste 0 sur 2',
    });
  });
  it('counts what is left after a replacement, in the plural form of the count', () => {
    expect(MESSAGES['quota.left-after']({ replacements: 1, damage: 1, flyaway: 1, lastDate: '2027-02-28' }, FR)).toEqual({
      message: "Il reste ensuite 1 remplacement (dommage : 1, perte en vol : 1), jusqu'au 28 févr. 2027 inclus.",
    });
    expect(MESSAGES['quota.left-after']({ replacements: 2, damage: 2, flyaway: 1, lastDate: '2027-02-28' }, CA)).toEqual({
      message: "Il reste ensuite 2 remplacements (dommage : 2, perte en vol : 1), jusqu'au 28 févr. 2027 inclus.",
    });
  });
});

describe('FLY-ACCOUNT-BOUND', () => {
  it("writes the binding instant in the plan's zone", () => {
    expect(MESSAGES['fly.binding.bound-before']({ of: 'account', date: '2026-03-01', boundAt: '2026-03-01T09:30:00Z' }, CA)).toEqual({
      message: "L'association au compte DJI date du 1er mars 2026, avant la perte en vol.",
      expected: 'association au compte DJI avant la perte en vol',
      received: 'associé le 1er mars 2026, 04 h 30',
    });
  });
});

describe('USE-INTERNATIONAL', () => {
  it('names the services and the kinds of proof the rule gives in French, and writes any other value as given', () => {
    expect(MESSAGES['location.service-worldwide']({ service: 'extended-warranty' }, FR)).toEqual({
      message: 'Prestation assurée dans le monde entier : extension de garantie.',
      expected: 'service de remplacement ou extension de garantie',
      received: 'extension de garantie',
    });
    expect(MESSAGES['location.service-plan-region-only']({ service: 'maintenance', home: 'CA' }, FR)).toEqual({
      message: "Hors du pays ou de la région d'achat du forfait (Canada, CA), seuls le service de remplacement et l'extension de garantie sont assurés.",
      expected: 'service de remplacement ou extension de garantie',
      received: 'maintenance en usine',
    });
    expect(MESSAGES['location.proof-refused']({ proof: 'other' }, FR).received).toBe('autre canal');
    expect(MESSAGES['location.proof-accepted']({ proof: 'authorised' }, FR).received).toBe('agréé');
    expect(MESSAGES['location.service-worldwide']({ service: 'constructor' as never }, FR).received).toBe('constructor');
  });
});

describe('PERIOD-OUTSIDE', () => {
  it('says the damage falls after the validity', () => {
    expect(MESSAGES['period.after-end']({ subject: 'damage', startDate: '2026-03-01', lastDate: '2027-02-28', date: '2027-03-02' }, FR)).toEqual({
      message: "Le dommage se situe après la fin de la validité (dernier jour : 28 févr. 2027) : aucune prise en charge n'est possible.",
      expected: 'du 1er mars 2026 au 28 févr. 2027',
      received: '2 mars 2027',
    });
  });
});
