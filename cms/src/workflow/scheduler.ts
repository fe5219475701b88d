import type { Core } from '@strapi/strapi';
import { actorFor } from './actor';
import { claimDueScheduledItems, loadItem, type WorkflowTarget } from './editorial-states';
import { decideOrRefuse, recordOutcome } from './transitions';
import { contentTypeUid } from '../content-model';

/** How often due scheduled items are looked for: publication is at most this late. */
const SCHEDULER_RULE = '*/10 * * * * *';
/** Room left in the audit note (2,000 characters) for the reason a publication failed. */
const FAILURE_MESSAGE_MAX = 1_500;

/**
 * A scheduled publication that a content rule refused goes back to "approved" with the reason in
 * the audit log, so the board sees it in the item's panel and fixes it; left scheduled, it would
 * be retried and fail every ten seconds.
 */
async function returnToApproved(strapi: Core.Strapi, target: WorkflowTarget, failure: Error): Promise<void> {
  const reason = failure.message.length > FAILURE_MESSAGE_MAX ? `${failure.message.slice(0, FAILURE_MESSAGE_MAX)}…` : failure.message;
  await strapi.db.transaction(async () => {
    const item = await loadItem(strapi, target);
    if (item.workflow.state !== 'scheduled') return;
    const who = await actorFor(strapi, undefined, item.tenant?.documentId ?? null);
    const outcome = decideOrRefuse(item, who, 'unschedule', { note: `Xuất bản theo lịch không thành công / Scheduled publication failed: ${reason}` });
    await recordOutcome(strapi, item, who, outcome);
  });
}

/** Publishes the items this run claimed; one failing item does not stop the others. */
async function publishDueItems(strapi: Core.Strapi): Promise<void> {
  for (const target of await claimDueScheduledItems(strapi, new Date())) {
    try {
      await (strapi.documents(contentTypeUid(target.contentType)) as any).publish({ documentId: target.documentId, locale: target.locale });
    } catch (error) {
      strapi.log.warn(`scheduled publication of ${target.contentType} ${target.documentId} (${target.locale}) failed: ${(error as Error).message}`);
      await returnToApproved(strapi, target, error as Error).catch((recording: Error) =>
        strapi.log.error(`could not return ${target.contentType} ${target.documentId} (${target.locale}) to approved: ${recording.message}`),
      );
    }
  }
}

/**
 * Publishes approved items whose scheduled time has come. It runs outside any request, so the
 * publish gate records each publication as a system action, from "scheduled" to "published".
 * Each item is claimed before it is published, so overlapping runs or several CMS instances
 * publish it once.
 */
export function startPublicationScheduler(strapi: Core.Strapi): void {
  // A slow run (a busy machine, many items) must not overlap the next tick of this instance.
  let running = false;
  strapi.cron.add({
    editorialPublicationSchedule: {
      options: { rule: SCHEDULER_RULE },
      async task() {
        if (running) return;
        running = true;
        try {
          await publishDueItems(strapi);
        } finally {
          running = false;
        }
      },
    },
  });
}
