/**
 * Countries and regions: ISO 3166-1 alpha-2 codes, where the plan is sold (REGION-AVAILABLE),
 * and which count as "Europe and the UK" (PERIOD-SAFE-FLIGHT).
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import type { RegionCode } from '../types';
import { requireString } from '../validate';

/**
 * The 27 member states of the European Union.
 *
 * @example
 * ```ts
 * EU_MEMBER_STATES.includes('FR'); //=> true
 * EU_MEMBER_STATES.length;         //=> 27
 * ```
 *
 * @category Catalogue
 */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const satisfies readonly RegionCode[];

/**
 * REGION-AVAILABLE: "only available to customers in the U.S., Canada, EU countries, the UK,
 * Switzerland, Norway, Australia, Hong Kong, Taiwan, Japan, South Korea and Mainland China".
 *
 * @example
 * ```ts
 * AVAILABLE_REGIONS.includes('JP'); //=> true
 * AVAILABLE_REGIONS.includes('BR'); //=> false
 * ```
 *
 * @category Catalogue
 */
export const AVAILABLE_REGIONS = [
  'US', 'CA', ...EU_MEMBER_STATES, 'GB', 'CH', 'NO', 'AU', 'HK', 'TW', 'JP', 'KR', 'CN',
] as const satisfies readonly RegionCode[];

/**
 * "Europe and the UK" in PERIOD-SAFE-FLIGHT, and where the official warranty is 24 months:
 * the EU member states and GB (interpretation of RULES.md).
 *
 * @example
 * ```ts
 * EUROPEAN_REGIONS.includes('GB'); //=> true
 * EUROPEAN_REGIONS.includes('CH'); //=> false
 * ```
 *
 * @category Catalogue
 */
export const EUROPEAN_REGIONS = [...EU_MEMBER_STATES, 'GB'] as const satisfies readonly RegionCode[];

const ISO_CODES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
    'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
    'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
    'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
    'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
    'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
    'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/**
 * Whether a string is an ISO 3166-1 alpha-2 code (upper case).
 *
 * @param value - any value
 * @returns `true` for an assigned code such as `'DE'`
 *
 * @example
 * ```ts
 * isRegionCode('DE'); //=> true
 * isRegionCode('UK'); //=> false (the code is GB)
 * ```
 *
 * @category Catalogue
 */
export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === 'string' && ISO_CODES.has(value);
}

/** A valid region code, or an {@link InvalidInputError} naming the field. */
export function requireRegion(value: unknown, field: string): RegionCode {
  const code = requireString(value, field);
  if (ISO_CODES.has(code)) return code;
  const hint = code === 'UK' ? " (the United Kingdom's code is 'GB')" : '';
  throw new InvalidInputError(field, 'unknown-region', `expected an ISO 3166-1 alpha-2 code such as 'US'${hint}`, value);
}
