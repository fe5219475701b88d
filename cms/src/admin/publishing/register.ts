import type { StrapiApp } from '@strapi/strapi/admin';
import { CloudUpload } from '@strapi/icons';

const MENU_LABEL_ID = 'publish-builds.menu';
export const buildHistoryTranslations = { vi: { [MENU_LABEL_ID]: 'Lịch sử dựng cổng' }, en: { [MENU_LABEL_ID]: 'Portal builds' } };

/** Adds "Lịch sử dựng cổng" to the main menu; the API shows each person only the portals they administer. */
export function registerBuildHistory(app: StrapiApp): void {
  app.addMenuLink({
    to: 'publish-builds',
    icon: CloudUpload,
    intlLabel: { id: MENU_LABEL_ID, defaultMessage: buildHistoryTranslations.vi[MENU_LABEL_ID] },
    Component: () => import('./build-history-page'),
    permissions: [],
  });
}
