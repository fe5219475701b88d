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

/** The paths of the CMS endpoints the publisher talks to, shared so neither side hardcodes them. */
export const PUBLISHING_API = {
  pendingEvents: '/api/publishing/events',
  acknowledge: '/api/publishing/events/acknowledge',
  tenants: '/api/publishing/tenants',
} as const;
