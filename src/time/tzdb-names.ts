/**
 * TIME-ZONE: how the tz database spells the names that Node 20's `Intl` neither lists in
 * `Intl.supportedValuesOf('timeZone')` nor answers with themselves: links (`US/Pacific`,
 * `Etc/UTC`, `GMT`), the current names of renamed zones (`Asia/Kolkata`, `Europe/Kyiv`,
 * `America/Nuuk`), and for runtimes that list those instead, the old names Node 20 lists
 * (`Asia/Calcutta`, `Europe/Kiev`). From tzdata 2025b: 171 names. `Intl` takes any letter
 * case, so the exact spelling has to come from somewhere; the runtime still decides which
 * names it knows. Grouped by area (`Area:name name ...`, names without an area first) to keep
 * it small (about 1 KB gzip).
 *
 * @module
 */

/** The names, `|` between areas, `:` after an area, spaces between names. */
export const TZDB_NAMES =
  'CET CST6CDT Cuba EET EST EST5EDT Egypt Eire GB GB-Eire GMT GMT+0 GMT-0 GMT0 Greenwich HST Hongkong ' +
  'Iceland Iran Israel Jamaica Japan Kwajalein Libya MET MST MST7MDT NZ NZ-CHAT Navajo PRC PST8PDT ' +
  'Poland Portugal ROC ROK Singapore Turkey UCT Universal W-SU WET Zulu|' +
  'Africa:Asmara Asmera Timbuktu|' +
  'America:Argentina/Buenos_Aires Argentina/Catamarca Argentina/ComodRivadavia Argentina/Cordoba ' +
  'Argentina/Jujuy Argentina/Mendoza Atikokan Atka Buenos_Aires Catamarca Coral_Harbour Cordoba ' +
  'Ensenada Fort_Wayne Godthab Indiana/Indianapolis Indianapolis Jujuy Kentucky/Louisville Knox_IN ' +
  'Louisville Mendoza Montreal Nipigon Nuuk Pangnirtung Porto_Acre Rainy_River Rosario Santa_Isabel ' +
  'Shiprock Thunder_Bay Virgin Yellowknife|' +
  'Antarctica:South_Pole|' +
  'Asia:Ashkhabad Calcutta Choibalsan Chongqing Chungking Dacca Harbin Ho_Chi_Minh Istanbul Kashgar ' +
  'Kathmandu Katmandu Kolkata Macao Rangoon Saigon Tel_Aviv Thimbu Ujung_Pandang Ulan_Bator Yangon|' +
  'Atlantic:Faeroe Faroe Jan_Mayen|' +
  'Australia:ACT Canberra Currie LHI NSW North Queensland South Tasmania Victoria West Yancowinna|' +
  'Brazil:Acre DeNoronha East West|' +
  'Canada:Atlantic Central Eastern Mountain Newfoundland Pacific Saskatchewan Yukon|' +
  'Chile:Continental EasterIsland|' +
  'Etc:GMT GMT+0 GMT-0 GMT0 Greenwich UCT UTC Universal Zulu|' +
  'Europe:Belfast Kiev Kyiv Nicosia Tiraspol Uzhgorod Zaporozhye|' +
  'Mexico:BajaNorte BajaSur General|' +
  'Pacific:Chuuk Enderbury Johnston Kanton Pohnpei Ponape Samoa Truk Yap|' +
  'US:Alaska Aleutian Arizona Central East-Indiana Eastern Hawaii Indiana-Starke Michigan Mountain ' +
  'Pacific Samoa';
