import { z } from 'zod';
import { tenantCodeSchema } from './tenant.js';

/**
 * A durable record, written in the same transaction as the change itself, that a tenant's public
 * content changed. The publisher rebuilds the tenant and then acknowledges the event.
 */
export const PUBLISH_ACTIONS = ['publish', 'unpublish', 'delete', 'tenant-change'] as const;

export const publishEventSchema = z.object({
  id: z.number().int().positive(),
  action: z.enum(PUBLISH_ACTIONS),
  contentType: z.string(),
  documentId: z.string().nullable(),
  locale: z.string().nullable(),
  tenantCode: tenantCodeSchema,
  createdAt: z.string(),
});
export type PublishEvent = z.infer<typeof publishEventSchema>;

export const pendingEventsResponseSchema = z.object({ events: z.array(publishEventSchema) });

/** A tenant with unacknowledged events: what the publisher polls, instead of the events themselves. */
export const pendingTenantSchema = z.object({
  tenantCode: tenantCodeSchema,
  pendingEvents: z.number().int().positive(),
  /** Grows whenever a new event arrives, so the publisher can wait for a burst to end. */
  newestEventId: z.number().int().positive(),
});
export type PendingTenant = z.infer<typeof pendingTenantSchema>;
export const pendingTenantsResponseSchema = z.object({ tenants: z.array(pendingTenantSchema) });

/**
 * A build as the CMS records it (`api::publish-build`): `building` from the moment it claimed its
 * tenant's pending events, then `live` (events acknowledged), `failed` (events stay pending) or
 * `taken-down` (the tenant was deleted; its portal went offline).
 */
export const PUBLISH_BUILD_STATUSES = ['building', 'live', 'failed', 'taken-down'] as const;
export type PublishBuildStatus = (typeof PUBLISH_BUILD_STATUSES)[number];

/** What a build claimed when it started: every event of its tenant pending at that moment. */
export const claimedBuildSchema = z.object({
  buildId: z.number().int().positive(),
  tenantCode: tenantCodeSchema,
  eventCount: z.number().int().nonnegative(),
  /** The newest event the build covers; null when it claimed none (a first build, a daily refresh). */
  lastEventId: z.number().int().positive().nullable(),
});
export type ClaimedBuild = z.infer<typeof claimedBuildSchema>;

/** The longest error text a build keeps: the first meaningful lines, not the whole log. */
export const BUILD_ERROR_MAX_LENGTH = 4_000;

export const buildOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('live'), releaseId: z.string().min(1).max(100) }),
  z.object({ status: z.literal('taken-down') }),
  z.object({ status: z.literal('failed'), error: z.string().min(1).max(BUILD_ERROR_MAX_LENGTH) }),
]);
export type BuildOutcome = z.infer<typeof buildOutcomeSchema>;

/** The paths of the CMS endpoints the publisher talks to, shared so neither side hardcodes them. */
export const PUBLISHING_API = {
  /** Read-only view of the outbox, oldest first, for operators and tests. */
  pendingEvents: '/api/publishing/events',
  pendingTenants: '/api/publishing/pending-tenants',
  /** POST `{ tenantCode }`: starts a build, claiming all of the tenant's pending events. */
  builds: '/api/publishing/builds',
  /** POST a `BuildOutcome`: a live build acknowledges its events; a failed one keeps them pending. */
  buildOutcome: '/api/publishing/builds/:id/outcome',
  tenants: '/api/publishing/tenants',
} as const;

export const buildOutcomePath = (buildId: number): string => PUBLISHING_API.buildOutcome.replace(':id', String(buildId));
