import type { PublishBuildStatus, PublishEvent } from './publish-event.js';

/** One build in a portal's build history, as the admin shows it. */
export interface PublishBuildView {
  id: number;
  tenantCode: string;
  status: PublishBuildStatus;
  startedAt: string;
  finishedAt: string | null;
  eventCount: number;
  releaseId: string | null;
  error: string | null;
}

/** A portal whose latest builds failed: the newest error, and since when (the first failing build). */
export interface BuildFailureView {
  error: string;
  since: string;
  buildId: number;
}

export interface BuildHistoryPage {
  builds: PublishBuildView[];
  total: number;
  page: number;
  pageSize: number;
  /** Per portal of the page's scope whose current run of builds fails. */
  failures: Array<BuildFailureView & { tenantCode: string }>;
}

/**
 * Where an item's latest public change stands: `none` (never published), `queued` (no build
 * has taken it yet), `building`, `live` (since `since`), or `failed` (its build failed;
 * `since` is the first failing build of the portal's current run of failures).
 */
export const ITEM_PUBLISH_STATES = ['none', 'queued', 'building', 'live', 'failed'] as const;
export type ItemPublishState = (typeof ITEM_PUBLISH_STATES)[number];

export interface ItemPublishStatus {
  state: ItemPublishState;
  /** What the latest change was: a publish, an unpublish (taken off the portal), a delete. */
  action: PublishEvent['action'] | null;
  since: string | null;
  tenantCode: string | null;
  /** The portal in the item's language, when it is live. */
  portalUrl: string | null;
  /** The portal's current failure, if its latest build failed, whether or not this item caused it. */
  failure: BuildFailureView | null;
}
