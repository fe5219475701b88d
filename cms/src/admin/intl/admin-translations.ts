import { choiceTranslations } from '../choice-labels';
import { adminScreenMessages } from '../components/admin-screen-messages';
import { deadlinesMessages } from '../deadlines/messages';
import { editorialLogMessages } from '../editorial-log-messages';
import { editorialWorkflowMessages } from '../editorial-workflow-messages';
import { systemStatusMessages } from '../monitoring/system-status-messages';
import { previewTranslations } from '../preview-translations';
import { buildFailureMessages } from '../publishing/build-failure-messages';
import { buildHistoryMessages } from '../publishing/build-history-messages';
import { buildStatusMessages } from '../publishing/build-status-messages';
import { publishStatusMessages } from '../publishing/publish-status-messages';
import { strapiTranslations } from '../strapi-translations';
import { mergeTranslations } from './define-messages';

/** Every screen's messages: a screen whose messages are not listed here shows Vietnamese to everyone. */
export const SCREEN_MESSAGES = [
  adminScreenMessages,
  buildFailureMessages,
  buildHistoryMessages,
  buildStatusMessages,
  deadlinesMessages,
  editorialLogMessages,
  editorialWorkflowMessages,
  publishStatusMessages,
  systemStatusMessages,
];

/**
 * The admin panel's translations (Strapi's `config.translations`): our screens, the choices of
 * enumerations, and Vietnamese for Strapi's own screens where Strapi has none.
 */
export const adminTranslations = mergeTranslations([choiceTranslations(), previewTranslations, strapiTranslations, ...SCREEN_MESSAGES.map((screen) => screen.translations)]);
