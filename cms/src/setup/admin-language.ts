import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@portal/contract';

/**
 * Editors in provincial offices work in Vietnamese: an admin account created
 * without a preferred language gets Vietnamese, which the admin panel switches to at login.
 */
export function defaultAdminLanguageToVietnamese(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    beforeCreate(event: any) {
      event.params.data.preferedLanguage ||= DEFAULT_LOCALE;
    },
  });
}
