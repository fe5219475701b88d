import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PUBLIC_COLLECTIONS, type Locale, type PublicCollection } from '@portal/contract';
import { publicCorrections } from '../../audit/public-corrections';
import { publicPreviousSlugs } from '../../validation/previous-slugs';

const PUBLIC_READ_SCOPE = Object.values(PUBLIC_COLLECTIONS).map((collection) => `${collection.uid}.find`);
const BY_FIELD = new Map<string, PublicCollection>(Object.values(PUBLIC_COLLECTIONS).map((collection) => [collection.field, collection]));

/**
 * Adds `publicExport` to the GraphQL API: the same entries as a collection query, for site builds
 * that read thousands of entries with many relations; `publicCorrections`, the change notes of
 * corrected items; and `publicPreviousSlugs`, the addresses renamed items had. Any token that may read every public collection may read them, the publisher's
 * read-only token included.
 */
export function registerPublicExportQuery(strapi: Core.Strapi): void {
  strapi.plugin('graphql').service('extension').use(() => ({
    typeDefs: `
      type Query {
        "One page of a tenant's published entries of a public collection, shaped as the content contract's schema."
        publicExport(collection: String!, tenant: String!, locale: I18NLocaleCode!, page: Int = 1, pageSize: Int = 100): JSON!
        "The public change notes of a tenant's corrected items in one language, oldest first."
        publicCorrections(tenant: String!, locale: I18NLocaleCode!): JSON!
        "The slugs a tenant's items had in one language before they were renamed, oldest first."
        publicPreviousSlugs(tenant: String!, locale: I18NLocaleCode!): JSON!
      }
    `,
    resolvers: {
      Query: {
        publicExport: {
          resolve(_parent: unknown, args: { collection: string; tenant: string; locale: Locale; page: number; pageSize: number }) {
            const collection = BY_FIELD.get(args.collection);
            if (!collection) throw new errors.ValidationError(`collection must be one of ${[...BY_FIELD.keys()].join(', ')}`);
            return strapi.service('api::public-export.public-export').page(collection, args);
          },
        },
        publicCorrections: {
          resolve(_parent: unknown, args: { tenant: string; locale: Locale }) {
            return publicCorrections(strapi, args.tenant, args.locale);
          },
        },
        publicPreviousSlugs: {
          resolve(_parent: unknown, args: { tenant: string; locale: Locale }) {
            return publicPreviousSlugs(strapi, args.tenant, args.locale);
          },
        },
      },
    },
    resolversConfig: {
      'Query.publicExport': { auth: { scope: PUBLIC_READ_SCOPE } },
      'Query.publicCorrections': { auth: { scope: PUBLIC_READ_SCOPE } },
      'Query.publicPreviousSlugs': { auth: { scope: PUBLIC_READ_SCOPE } },
    },
  }));
}
