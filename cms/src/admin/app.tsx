import type { StrapiApp } from '@strapi/strapi/admin';
import { registerDeadlinesDashboard } from './deadlines/register';
import { EditorialWorkflowPanel } from './editorial-workflow-panel';
import { registerEditorialLog } from './editorial-log-register';
import { adminTranslations } from './intl/admin-translations';
import { registerSystemStatus } from './monitoring/register';
import { PublishStatusPanel } from './publishing/publish-status-panel';
import { registerBuildHistory } from './publishing/register';

// The admin panel keeps its language here; Strapi falls back to English when it is unset.
const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';

// Editors in provincial offices work in Vietnamese; English stays available for IT staff.
export default {
  config: {
    locales: ['vi', 'en'],
    tutorials: false,
    notifications: { releases: false },
    translations: adminTranslations,
  },
  register(app: StrapiApp) {
    registerDeadlinesDashboard(app);
    registerBuildHistory(app);
    registerSystemStatus(app);
    registerEditorialLog(app);
  },
  bootstrap(app: StrapiApp) {
    // Before anyone has chosen, the login page and the panel open in Vietnamese;
    // after login the account's preferred language (Vietnamese unless changed) takes over.
    if (!window.localStorage.getItem(ADMIN_LANGUAGE_KEY)) window.localStorage.setItem(ADMIN_LANGUAGE_KEY, 'vi');
    (app.getPlugin('content-manager').apis as any).addEditViewSidePanel([EditorialWorkflowPanel, PublishStatusPanel]);
  },
};
