import type { Core } from '@strapi/strapi';
import { registerConsultationRules } from './consultations';
import { registerDateOrder } from './date-order';
import { registerFeedbackAnswerRules } from './feedback-answers';
import { registerFieldFormats } from './field-formats';
import { registerHomeLayoutRules } from './home-layouts';
import { registerImageAltText } from './image-alt-text';
import { registerLegalFullText } from './legal-full-text';
import { registerDocumentLocaleGuard, registerLocaleCreationGuard } from './locale-guard';
import { registerMarkdownFields } from './markdown-fields';
import { registerOutageNoticeRules } from './outage-notices';
import { registerSlugs } from './slugs';
import { registerUploadGuard } from './upload-files';

/**
 * Content rules as Document Service middlewares. They are registered before the outbox, so a
 * refused call records nothing; the cheap checks of the sent data come first, the check of what
 * a publish produced last.
 */
export function registerContentValidation(strapi: Core.Strapi): void {
  registerDocumentLocaleGuard(strapi);
  registerSlugs(strapi);
  registerFieldFormats(strapi);
  registerMarkdownFields(strapi);
  registerDateOrder(strapi);
  registerImageAltText(strapi);
  registerFeedbackAnswerRules(strapi);
  registerLegalFullText(strapi);
  registerConsultationRules(strapi);
  registerOutageNoticeRules(strapi);
  registerHomeLayoutRules(strapi);
}

/** Rules outside the Document Service: they need the database and the HTTP server, ready at bootstrap. */
export function registerServerValidation(strapi: Core.Strapi): void {
  registerLocaleCreationGuard(strapi);
  registerUploadGuard(strapi);
}
