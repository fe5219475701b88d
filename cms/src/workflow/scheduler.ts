import type { Core } from '@strapi/strapi';
import { dueScheduledItems } from './editorial-states';

/** How often due scheduled items are looked for: publication is at most this late. */
const SCHEDULER_RULE = '*/10 * * * * *';

/**
 * Publishes approved items whose scheduled time has come. It runs outside any request, so the
 * publish gate records each publication as a system action, from "scheduled" to "published".
 * One failing item (a content rule refuses it) is logged and stays scheduled; the others go on.
 */
export function startPublicationScheduler(strapi: Core.Strapi): void {
  strapi.cron.add({
    editorialPublicationSchedule: {
      options: { rule: SCHEDULER_RULE },
      async task() {
        for (const target of await dueScheduledItems(strapi, new Date())) {
          try {
            await (strapi.documents(target.contentType as any) as any).publish({ documentId: target.documentId, locale: target.locale });
          } catch (error) {
            strapi.log.error(`scheduled publication of ${target.contentType} ${target.documentId} (${target.locale}) failed: ${(error as Error).message}`);
          }
        }
      },
    },
  });
}
