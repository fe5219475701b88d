import { PUBLIC_COLLECTIONS, type PublicCollectionName } from '@portal/contract';
import { defineCollection } from 'astro:content';
import { correctionsLoader, networkArticlesLoader, networkConsultationsLoader, networkTenantsLoader, outageNoticesLoader, previousSlugsLoader, publicCollectionLoader, tenantLoader } from './loaders/cms-loaders';

const publicCollections = Object.fromEntries(
  (Object.keys(PUBLIC_COLLECTIONS) as PublicCollectionName[]).map((name) => [name, defineCollection({ loader: publicCollectionLoader(name) })]),
) as Record<PublicCollectionName, ReturnType<typeof defineCollection>>;

// The loaders carry the contract's schemas, so every entry is validated against @portal/contract.
export const collections = {
  tenant: defineCollection({ loader: tenantLoader() }),
  ...publicCollections,
  // Besides the portal's own notices, the province's notices addressed to every portal.
  outageNotices: defineCollection({ loader: outageNoticesLoader() }),
  networkTenants: defineCollection({ loader: networkTenantsLoader() }),
  networkArticles: defineCollection({ loader: networkArticlesLoader() }),
  networkConsultations: defineCollection({ loader: networkConsultationsLoader() }),
  corrections: defineCollection({ loader: correctionsLoader() }),
  previousSlugs: defineCollection({ loader: previousSlugsLoader() }),
};
