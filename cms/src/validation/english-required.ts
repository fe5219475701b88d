import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@portal/contract';
import { asCall, localesOf, publishes, refuse } from './document-call';

/**
 * NĐ 42/2022/NĐ-CP Điều 7 khoản 2: organisation structure, functions and duties, and the
 * contacts of competent officials must also be published in English.
 */
const ENGLISH_REQUIRED: Record<string, string> = {
  'api::organisation-unit.organisation-unit': 'organisation unit',
  'api::position.position': 'position',
  'api::leader.leader': 'leader',
  'api::contact-entry.contact-entry': 'contact directory entry',
};

/** Refuses publishing the Vietnamese version of such an entry while it has no English version. */
export function registerEnglishRequired(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = asCall(context);
    const what = ENGLISH_REQUIRED[call.uid];
    if (!what || !publishes(strapi, call) || !localesOf(call).includes(DEFAULT_LOCALE)) return next();
    const { documentId } = call.params;
    const english = documentId && call.action !== 'create' ? await strapi.db.query(call.uid as any).count({ where: { documentId, locale: 'en' } }) : 0;
    if (english === 0) {
      refuse(`The Vietnamese version of this ${what} cannot be published yet`, [
        'its English (en) version is missing; NĐ 42/2022/NĐ-CP Điều 7 khoản 2 requires organisation structure, functions and officials’ contacts in English too, so add the English version first',
      ]);
    }
    return next();
  });
}
