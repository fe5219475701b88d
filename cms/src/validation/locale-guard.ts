import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isLocale, LOCALES } from '@portal/contract';
import { asCall } from './document-call';

const PORTAL_LANGUAGES = LOCALES.join(', ');

/**
 * Strapi accepts any locale code in a Document Service call and stores content under it
 * (strapi#27108); such content would never appear on a portal. Calls naming a locale other than
 * the portal languages ("*" means all of them) are refused before they touch the database.
 */
export function registerDocumentLocaleGuard(strapi: Core.Strapi): void {
  strapi.documents.use((context, next) => {
    const call = asCall(context);
    const named = [call.params.locale].flat().filter((locale) => locale !== undefined && locale !== null && locale !== '*');
    const foreign = named.filter((locale) => !isLocale(locale));
    if (foreign.length > 0) {
      throw new errors.ValidationError(`Locale ${foreign.map((locale) => `"${String(locale)}"`).join(', ')} is not a portal language (${PORTAL_LANGUAGES}); ${call.action} of ${call.uid} refused`);
    }
    return next();
  });
}

/** Refuses adding an i18n locale other than the portal languages in Settings › Internationalization. */
export function registerLocaleCreationGuard(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: ['plugin::i18n.locale'],
    beforeCreate(event: any) {
      const code = event.params?.data?.code;
      if (!isLocale(code)) throw new errors.ValidationError(`Locale "${code}" cannot be added: the portals are published in ${PORTAL_LANGUAGES} only`);
    },
  });
}
