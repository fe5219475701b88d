import { createHmac, timingSafeEqual } from 'node:crypto';
import { LOCALES, PREVIEW_TICKET_SECONDS, type Locale } from '@portal/contract';

/** Who may see which language version of which item, until when (seconds since 1970). */
export interface PreviewGrant {
  uid: string;
  documentId: string;
  locale: Locale;
  status: 'draft' | 'published';
  userId: number;
  expires: number;
}

export class PreviewTicketError extends Error {
  override name = 'PreviewTicketError';
}

/**
 * The signing key, derived from the admin session secret under a label of its own: no new secret
 * to install, and a preview ticket can never pass for an admin session token or the reverse.
 */
function signingKey(adminJwtSecret: string): Buffer {
  return createHmac('sha256', adminJwtSecret).update('portal-preview-ticket').digest();
}

const signatureOf = (payload: string, adminJwtSecret: string) => createHmac('sha256', signingKey(adminJwtSecret)).update(payload).digest('base64url');

/**
 * A ticket for one preview: the grant in base64url JSON and its HMAC. It travels in the preview
 * address, so it names one item, lasts minutes, and is redeemed only by the preview service
 * (which must also present the publisher's token).
 */
export function issuePreviewTicket(grant: Omit<PreviewGrant, 'expires'>, adminJwtSecret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...grant, expires: Math.floor(now / 1000) + PREVIEW_TICKET_SECONDS })).toString('base64url');
  return `${payload}.${signatureOf(payload, adminJwtSecret)}`;
}

/** The grant of a ticket this CMS signed and that has not expired; otherwise a PreviewTicketError. */
export function readPreviewTicket(ticket: string, adminJwtSecret: string, now = Date.now()): PreviewGrant {
  const [payload, signature, ...rest] = ticket.split('.');
  if (!payload || !signature || rest.length > 0) throw new PreviewTicketError('malformed ticket');
  const expected = Buffer.from(signatureOf(payload, adminJwtSecret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new PreviewTicketError('bad signature');
  const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as PreviewGrant;
  const wellFormed =
    typeof grant.uid === 'string' &&
    typeof grant.documentId === 'string' &&
    (LOCALES as readonly string[]).includes(grant.locale) &&
    (grant.status === 'draft' || grant.status === 'published') &&
    Number.isInteger(grant.userId) &&
    Number.isInteger(grant.expires);
  if (!wellFormed) throw new PreviewTicketError('malformed grant');
  if (grant.expires * 1000 <= now) throw new PreviewTicketError('expired');
  return grant;
}
