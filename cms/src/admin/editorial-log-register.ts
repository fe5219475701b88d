import type { StrapiApp } from '@strapi/strapi/admin';
import { BulletList } from '@strapi/icons';
import { editorialLogMessages } from './editorial-log-messages';

/** Adds "Nhật ký biên tập" to the main menu; the API shows each administrator only their portals' log. */
export function registerEditorialLog(app: StrapiApp): void {
  app.addMenuLink({
    to: 'editorial-log',
    icon: BulletList,
    intlLabel: editorialLogMessages.messages.menu,
    Component: () => import('./editorial-log-page'),
    permissions: [],
  });
}
