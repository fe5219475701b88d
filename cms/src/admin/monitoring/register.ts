import type { StrapiApp } from '@strapi/strapi/admin';
import { Heart } from '@strapi/icons';
import { systemStatusMessages } from './system-status-messages';

/**
 * Adds "Tình trạng hệ thống" to the main menu of those who manage roles (the provincial
 * administrator); the API refuses anyone else.
 */
export function registerSystemStatus(app: StrapiApp): void {
  app.addMenuLink({
    to: 'portal-status',
    icon: Heart,
    intlLabel: systemStatusMessages.messages.menu,
    Component: () => import('./system-status-page'),
    permissions: [{ action: 'admin::roles.update', subject: null }],
  });
}
