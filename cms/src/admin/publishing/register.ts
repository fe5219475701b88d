import type { StrapiApp } from '@strapi/strapi/admin';
import { CloudUpload } from '@strapi/icons';
import { buildHistoryMessages } from './build-history-messages';

/** Adds "Lịch sử dựng cổng" to the main menu; the API shows each person only the portals they administer. */
export function registerBuildHistory(app: StrapiApp): void {
  app.addMenuLink({
    to: 'publish-builds',
    icon: CloudUpload,
    intlLabel: buildHistoryMessages.messages.menu,
    Component: () => import('./build-history-page'),
    permissions: [],
  });
}
