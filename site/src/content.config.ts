import { defineCollection } from 'astro:content';
import { articlesLoader, tenantLoader } from './loaders/cms-loaders';

// The loaders carry the contract's schemas, so every entry is validated against @portal/contract.
export const collections = {
  tenant: defineCollection({ loader: tenantLoader() }),
  articles: defineCollection({ loader: articlesLoader() }),
};
