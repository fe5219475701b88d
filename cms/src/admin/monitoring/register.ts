import type { StrapiApp } from '@strapi/strapi/admin';
import { Heart } from '@strapi/icons';

const MENU_LABEL_ID = 'portal-status.menu';
export const systemStatusTranslations = { vi: { [MENU_LABEL_ID]: 'Tình trạng hệ thống' }, en: { [MENU_LABEL_ID]: 'System status' } };

/**
 * Adds "Tình trạng hệ thống" to the main menu of those who manage roles (the provincial
 * administrator); the API refuses anyone else.
 */
export function registerSystemStatus(app: StrapiApp): void {
  app.addMenuLink({
    to: 'portal-status',
    icon: Heart,
    intlLabel: { id: MENU_LABEL_ID, defaultMessage: systemStatusTranslations.vi[MENU_LABEL_ID] },
    Component: () => import('./system-status-page'),
    permissions: [{ action: 'admin::roles.update', subject: null }],
  });
}
