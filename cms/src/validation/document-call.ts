import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@portal/contract';

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

interface Model {
  attributes: Record<string, any>;
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
}

export function model(strapi: Core.Strapi, uid: string): Model | undefined {
  return strapi.getModel(uid as any) as any;
}

export const isLocalized = (strapi: Core.Strapi, uid: string) => Boolean(model(strapi, uid)?.pluginOptions?.i18n?.localized);

/**
 * Whether the call makes a version public: publishing, saving with status "published", or any
 * write to a type without Draft & Publish (its every version is public).
 */
export function publishes(strapi: Core.Strapi, call: DocumentCall): boolean {
  if (call.action === 'publish') return true;
  if (!isWrite(call)) return false;
  return !model(strapi, call.uid)?.options?.draftAndPublish || call.params.status === 'published';
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
