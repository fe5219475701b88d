import type { StrapiApp } from '@strapi/strapi/admin';
import { adminFrameTranslations } from './admin-frame-translations';
import { choiceTranslations } from './choice-labels';
import { contentManagerTranslations } from './content-manager-translations';
import { deadlinesDashboardTranslations, registerDeadlinesDashboard } from './deadlines/register';
import { EditorialWorkflowPanel } from './editorial-workflow-panel';
import { languagesTranslations } from './languages-translations';
import { mediaLibraryTranslations } from './media-library-translations';
import { PublishStatusPanel } from './publishing/publish-status-panel';
import { buildHistoryTranslations, registerBuildHistory } from './publishing/register';
import { registerSystemStatus, systemStatusTranslations } from './monitoring/register';
import { previewTranslations } from './preview-translations';

// The admin panel keeps its language here; Strapi falls back to English when it is unset.
const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';

const EDITORIAL_LOG_LABEL_ID = 'editorial-log.menu';
const editorialLogTranslations = { vi: { [EDITORIAL_LOG_LABEL_ID]: 'Nhật ký biên tập' }, en: { [EDITORIAL_LOG_LABEL_ID]: 'Editorial log' } };

/** The menu icon of the editorial log: a list. */
const LogIcon = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
    <path d="M4 5h2v2H4V5Zm4 0h12v2H8V5Zm-4 6h2v2H4v-2Zm4 0h12v2H8v-2Zm-4 6h2v2H4v-2Zm4 0h12v2H8v-2Z" />
  </svg>
);

const choices = choiceTranslations();

// Editors in provincial offices work in Vietnamese; English stays available for IT staff.
export default {
  config: {
    locales: ['vi', 'en'],
    tutorials: false,
    notifications: { releases: false },
    translations: {
      vi: {
        // Strapi's own screens first: what it lacks in Vietnamese on an editor's way.
        ...adminFrameTranslations.vi,
        ...contentManagerTranslations.vi,
        ...mediaLibraryTranslations.vi,
        ...languagesTranslations.vi,
        ...previewTranslations.vi,
        ...choices.vi,
        ...deadlinesDashboardTranslations.vi,
        ...editorialLogTranslations.vi,
        ...buildHistoryTranslations.vi,
        ...systemStatusTranslations.vi,
      },
      en: { ...choices.en, ...deadlinesDashboardTranslations.en, ...editorialLogTranslations.en, ...buildHistoryTranslations.en, ...systemStatusTranslations.en },
    },
  },
  register(app: StrapiApp) {
    registerDeadlinesDashboard(app);
    registerBuildHistory(app);
    registerSystemStatus(app);
    app.addMenuLink({
      to: 'editorial-log',
      icon: LogIcon,
      intlLabel: { id: EDITORIAL_LOG_LABEL_ID, defaultMessage: editorialLogTranslations.vi[EDITORIAL_LOG_LABEL_ID] },
      Component: () => import('./editorial-log-page'),
      permissions: [],
    });
  },
  bootstrap(app: StrapiApp) {
    // Before anyone has chosen, the login page and the panel open in Vietnamese (issue 6, item 7);
    // after login the account's preferred language (Vietnamese unless changed) takes over.
    if (!window.localStorage.getItem(ADMIN_LANGUAGE_KEY)) window.localStorage.setItem(ADMIN_LANGUAGE_KEY, 'vi');
    (app.getPlugin('content-manager').apis as any).addEditViewSidePanel([EditorialWorkflowPanel, PublishStatusPanel]);
  },
};
