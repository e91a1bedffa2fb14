/**
 * Countries and regions: ISO 3166-1 alpha-2 codes, where the plan is sold (REGION-AVAILABLE),
 * and which count as "Europe and the UK" (PERIOD-SAFE-FLIGHT).
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import type { RegionCode } from '../types';
import { deepFreeze, requireString } from '../validate';

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
export const EU_MEMBER_STATES = /* @__PURE__ */ deepFreeze([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const satisfies readonly RegionCode[]);

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
export const AVAILABLE_REGIONS = /* @__PURE__ */ deepFreeze([
  'US', 'CA', ...EU_MEMBER_STATES, 'GB', 'CH', 'NO', 'AU', 'HK', 'TW', 'JP', 'KR', 'CN',
] as const satisfies readonly RegionCode[]);

/**
 * "Europe and the UK" in PERIOD-SAFE-FLIGHT, and where the official warranty is 24 months:
 * the EU member states and GB (the interpretation of PERIOD-SAFE-FLIGHT in the spec).
 *
 * @example
 * ```ts
 * EUROPEAN_REGIONS.includes('GB'); //=> true
 * EUROPEAN_REGIONS.includes('CH'); //=> false
 * ```
 *
 * @category Catalogue
 */
export const EUROPEAN_REGIONS = /* @__PURE__ */ deepFreeze([...EU_MEMBER_STATES, 'GB'] as const satisfies readonly RegionCode[]);

/**
 * The 249 assigned ISO 3166-1 alpha-2 codes, written compactly for the storefront bundle (issue
 * 6): each group is a first letter followed by every second letter that follows it in a code
 * (`ADEF` = AD, AE, AF).
 */
const ISO_CODES: ReadonlySet<string> = new Set(
  (
    'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR ' +
    'GABDEFGHILMNPQRSTUWY HKMNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY ' +
    'MACDEFGHKLMNOPQRSTUVWXYZ NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA REOSUW ' +
    'SABCDEGHIJKLMNORSTVXYZ TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS YET ZAMW'
  )
    .split(' ')
    .flatMap((group) => [...group.slice(1)].map((second) => `${group[0]}${second}`)),
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
  // A listed code is a short non-blank string: accepted at once (the common case).
  if (typeof value === 'string' && ISO_CODES.has(value)) return value;
  const code = requireString(value, field);
  const hint = code === 'UK' ? " (the United Kingdom's code is 'GB')" : '';
  throw new InvalidInputError(field, 'unknown-region', `expected an ISO 3166-1 alpha-2 code such as 'US'${hint}`, value);
}
