import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@portal/contract';
import { hasDraftAndPublish, isLocalized, schemaUid } from '../content-model';

/** The parts of a Document Service middleware context the rules read. */
export interface DocumentCall {
  uid: string;
  action: string;
  params: {
    documentId?: string;
    locale?: unknown;
    status?: string;
    data?: Record<string, unknown>;
  };
}

export const asCall = (context: unknown): DocumentCall => {
  const call = context as DocumentCall;
  return { uid: call.uid, action: call.action, params: call.params ?? {} };
};

export const isWrite = (call: DocumentCall) => call.action === 'create' || call.action === 'update';

/**
 * Whether the call makes a version public: publishing, saving with status "published", or any
 * write to a type without Draft & Publish (its every version is public).
 */
export function publishes(strapi: Core.Strapi, call: DocumentCall): boolean {
  if (call.action === 'publish') return true;
  if (!isWrite(call)) return false;
  return !hasDraftAndPublish(strapi, call.uid) || call.params.status === 'published';
}

/** The locales a call acts on; a call without one acts on the default locale, "*" on all. */
export function localesOf(call: DocumentCall): readonly Locale[] {
  const { locale } = call.params;
  if (locale === undefined || locale === null) return [DEFAULT_LOCALE];
  if (locale === '*') return LOCALES;
  return [locale].flat() as Locale[];
}

/** Refuses the whole call, naming every problem, so an editor can fix them all at once. */
export function refuse(summary: string, problems: readonly string[]): never {
  throw new errors.ValidationError(`${summary}: ${problems.join('; ')}`);
}

export const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/**
 * Runs a publishing call, then checks the versions it has just made public, inside the call's
 * transaction: any problem throws and rolls the whole call back. Rules that judge what is
 * published (not what is saved) use this, so drafts may stay incomplete.
 */
export function checkPublishedVersions<Next extends () => unknown>(
  strapi: Core.Strapi,
  call: DocumentCall,
  next: Next,
  summary: string,
  problemsOf: (version: Record<string, any>) => string[] | Promise<string[]>,
  populate?: unknown,
): ReturnType<Next> {
  // The middleware hands back what `next` gave, with Strapi's own result types.
  return strapi.db.transaction(async () => {
    const result = await next();
    const documentId = call.params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    const localized = isLocalized(strapi, call.uid);
    const versions: any[] = await strapi.db.query(schemaUid(call.uid)).findMany({
      where: { documentId, publishedAt: { $notNull: true }, ...(localized ? { locale: { $in: localesOf(call) } } : {}) },
      ...(populate ? { populate } : {}),
    });
    const problems: string[] = [];
    for (const version of versions) problems.push(...(await problemsOf(version)).map((problem) => (localized ? `${version.locale}: ${problem}` : problem)));
    if (problems.length > 0) refuse(summary, problems);
    return result;
  }) as ReturnType<Next>;
}
