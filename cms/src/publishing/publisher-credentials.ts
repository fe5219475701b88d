import { timingSafeEqual, createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';

const TOKEN_NAME = 'publisher';

/** The shared secret the publisher presents; the CMS refuses to start its delivery API without one. */
export function publisherToken(): string {
  const token = process.env.PUBLISHER_TOKEN ?? '';
  if (token.length < 32) {
    throw new Error('PUBLISHER_TOKEN must be set to a random secret of at least 32 characters');
  }
  return token;
}

/** Whether a presented bearer token is `secret`, in constant time whatever the presented length (digests are compared). */
export function isSecret(presented: string | undefined, secret: string): boolean {
  if (!presented) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(secret));
}

export function isPublisherToken(presented: string | undefined): boolean {
  return isSecret(presented, publisherToken());
}

/** The bearer token of a request, if it carries one. */
export function bearerToken(request: { header?: Record<string, string | string[] | undefined> } | undefined): string | undefined {
  const header = request?.header?.authorization;
  return typeof header === 'string' && header.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
}

/**
 * Makes PUBLISHER_TOKEN also a read-only API token, so the site build reads published content
 * through Strapi's own authentication (GraphQL) with the same secret. Rotating the secret in the
 * environment rotates the token at the next start.
 */
export async function ensurePublisherApiToken(strapi: Core.Strapi): Promise<void> {
  const tokens = strapi.service('admin::api-token') as any;
  const encryption = strapi.service('admin::encryption') as any;
  const accessKey = tokens.hash(publisherToken());
  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name: TOKEN_NAME } });
  const data = {
    accessKey,
    encryptedKey: encryption?.encrypt?.(publisherToken()) ?? null,
    type: 'read-only',
    kind: 'content-api',
    lifespan: null,
    expiresAt: null,
    description: 'Used by the publisher to read published content for static builds. Managed by the CMS from PUBLISHER_TOKEN.',
  };
  if (existing) {
    if (existing.accessKey !== accessKey) await strapi.db.query('admin::api-token').update({ where: { id: existing.id }, data });
    return;
  }
  await strapi.db.query('admin::api-token').create({ data: { name: TOKEN_NAME, ...data } });
}
