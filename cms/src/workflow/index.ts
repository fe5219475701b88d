import type { Core } from '@strapi/strapi';
import { registerAppendOnlyAuditLog } from '../audit/append-only';
import { registerWorkflowAdminRoutes } from './admin-routes';
import { registerPublishGate } from './publish-gate';
import { startPublicationScheduler } from './scheduler';

/** Register phase: the publish gate (between the content rules and the outbox), the log's protection, the admin API. */
export function registerEditorialWorkflow(strapi: Core.Strapi): void {
  registerAppendOnlyAuditLog(strapi);
  registerPublishGate(strapi);
  registerWorkflowAdminRoutes(strapi);
}

/** Bootstrap phase: the scheduler, once the database is ready. */
export function bootstrapEditorialWorkflow(strapi: Core.Strapi): void {
  startPublicationScheduler(strapi);
}
