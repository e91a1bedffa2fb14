/**
 * The DJI pages the glossaries cite, each an address a search of stored public pages showed
 * (November 2026), with what it writes. A glossary entry cites one only where the page writes
 * that entry's text; every other entry is the project's own rendering (`source: 'project'`).
 * Brand names that DJI keeps in Latin letters in every market (DJI Care Refresh, DJI Care
 * Refresh +, DJI Care Express) cite DJI's global pages: no page of DJI's own for Japan, Korea,
 * Taiwan, Hong Kong or the European markets was found; resellers' and press pages in those
 * languages write the names in Latin letters too (listed in the project's locale notes).
 *
 * @module
 */

/** DJI's global DJI Care Refresh page: writes "DJI Care Refresh" and "replacement service". */
export const DJI_CARE_REFRESH = 'https://www.dji.com/service/djicare-refresh/info';

/** DJI's global DJI Care Refresh + page: writes "DJI Care Refresh +" and "Extended Warranty Service". */
export const DJI_CARE_REFRESH_PLUS = 'https://www.dji.com/service/djicare-refresh-plus/info';

/** DJI Support's service-plan article (US, English): writes "DJI Care Refresh (1-Year Plan)", "(2-Year Plan)" and "Flyaway Coverage". */
export const DJI_SUPPORT_PLANS =
  'https://support.dji.com/help/content?customId=en-us03400006861&spaceId=34&re=US&lang=en&documentType=artical&paperDocType=paper';

/** DJI Support's article for Hong Kong (English): writes "DJI Care Express". */
export const DJI_SUPPORT_HK =
  'https://support.dji.com/help/content?customId=en-us03400006885&spaceId=34&re=HK&lang=en&documentType=artical&paperDocType=paper';

/**
 * DJI's community forum (mainland China), a moderator's answer: writes "DJI Care 随心换",
 * "DJI Care 随心换(1年版)", "DJI Care 随心换(2年版)", "DJI Care 随心续享", "置换服务" and "延保服务".
 */
export const DJI_BBS_CN = 'https://bbs.dji.com/forum.php?action=printable&mod=viewthread&tid=266736';
