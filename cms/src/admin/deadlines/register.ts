import type { StrapiApp } from '@strapi/strapi/admin';
import { Clock } from '@strapi/icons';
import { MENU_LABEL_ID, MENU_TRANSLATIONS } from './strings';

export const deadlinesDashboardTranslations = MENU_TRANSLATIONS;

/** Adds "Hạn đăng tin và báo cáo" to the main menu, for every board member (the API decides what each may see). */
export function registerDeadlinesDashboard(app: StrapiApp): void {
  app.addMenuLink({
    to: 'deadlines',
    icon: Clock,
    intlLabel: { id: MENU_LABEL_ID, defaultMessage: MENU_TRANSLATIONS.vi[MENU_LABEL_ID] },
    Component: () => import('./DeadlinesPage'),
    permissions: [],
  });
}
