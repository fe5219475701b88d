import type { StrapiApp } from '@strapi/strapi/admin';
import { deadlinesDashboardTranslations, registerDeadlinesDashboard } from './deadlines/register';

// Editors in provincial offices work in Vietnamese; English stays available for IT staff.
export default {
  config: {
    locales: ['vi', 'en'],
    tutorials: false,
    notifications: { releases: false },
    translations: deadlinesDashboardTranslations,
  },
  register(app: StrapiApp) {
    registerDeadlinesDashboard(app);
  },
  bootstrap(_app: StrapiApp) {},
};
