import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@portal/contract';
import { asCall, localesOf, publishes, refuse, type DocumentCall } from './document-call';

interface Requirement {
  what: string;
  /** Only entries with this value need English, e.g. the introduction page on functions and duties. */
  when?: { field: string; equals: string };
}

/**
 * NĐ 42/2022/NĐ-CP Điều 7 khoản 2: organisation structure, functions and duties, and the
 * contacts of competent officials must also be published in English.
 */
const ENGLISH_REQUIRED: Record<string, Requirement> = {
  'api::organisation-unit.organisation-unit': { what: 'organisation unit' },
  'api::position.position': { what: 'position' },
  'api::leader.leader': { what: 'leader' },
  'api::contact-entry.contact-entry': { what: 'contact directory entry' },
  'api::intro-page.intro-page': { what: 'page on functions and duties', when: { field: 'topic', equals: 'functions' } },
};

async function applies(strapi: Core.Strapi, call: DocumentCall, requirement: Requirement): Promise<boolean> {
  if (!requirement.when) return true;
  const { field, equals } = requirement.when;
  const { documentId, data } = call.params;
  const stored = data && field in data ? data : documentId ? await strapi.db.query(call.uid as any).findOne({ where: { documentId }, select: [field] }) : undefined;
  return stored?.[field] === equals;
}

/** Refuses publishing the Vietnamese version of such an entry while its English version is not public. */
export function registerEnglishRequired(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = asCall(context);
    const requirement = ENGLISH_REQUIRED[call.uid];
    if (!requirement || !publishes(strapi, call) || !localesOf(call).includes(DEFAULT_LOCALE)) return next();
    if (!(await applies(strapi, call, requirement))) return next();
    // Publishing both languages in one call (e.g. "publish all locales") is fine; otherwise the
    // English version must already be public, not merely drafted.
    if (localesOf(call).includes('en')) return next();
    const { documentId } = call.params;
    const publishedEnglish =
      documentId && call.action !== 'create'
        ? await strapi.db.query(call.uid as any).count({ where: { documentId, locale: 'en', publishedAt: { $notNull: true } } })
        : 0;
    if (publishedEnglish === 0) {
      refuse(`The Vietnamese version of this ${requirement.what} cannot be published yet`, [
        'its English (en) version is not published; NĐ 42/2022/NĐ-CP Điều 7 khoản 2 requires organisation structure, functions and officials’ contacts in English too, so publish the English version first (or both together)',
      ]);
    }
    return next();
  });
}
