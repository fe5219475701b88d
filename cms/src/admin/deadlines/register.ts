import type { StrapiApp } from '@strapi/strapi/admin';
import { Clock } from '@strapi/icons';
import { deadlinesMessages } from './messages';

/** Adds "Hạn đăng tin và báo cáo" to the main menu, for every board member (the API decides what each may see). */
export function registerDeadlinesDashboard(app: StrapiApp): void {
  app.addMenuLink({
    to: 'deadlines',
    icon: Clock,
    intlLabel: deadlinesMessages.messages.menu,
    Component: () => import('./DeadlinesPage'),
    permissions: [],
  });
}
