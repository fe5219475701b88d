import { z } from 'zod';
import { mediaFileSchema } from './components.js';
import { LOCALES } from './locales.js';

export const TENANT_KINDS = ['province', 'department', 'commune'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

/** A tenant code is also a directory name and part of hostnames: keep it to a safe alphabet. */
export const tenantCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'tenant code: 2–40 lowercase letters, digits or "-", starting with a letter');

export const hostSchema = z
  .string()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/, 'host: a DNS name such as snv.vinhlong.gov.vn');

/** "/" or "/en/": starts and ends with a slash, only safe path characters in between. */
export const pathPrefixSchema = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*$/, 'path prefix: "/" or segments such as "/en/"');

/** Where one language of a tenant's portal is served: a host and a path prefix on it. */
export const tenantSiteSchema = z.object({
  locale: z.enum(LOCALES),
  host: hostSchema,
  pathPrefix: pathPrefixSchema,
  name: z.string().min(1),
});
export type TenantSite = z.infer<typeof tenantSiteSchema>;

export const tenantContactSchema = z.object({
  address: z.string().nullish(),
  phone: z.string().nullish(),
  email: z.string().nullish(),
  responsiblePerson: z.string().nullish(),
});

export const tenantSchema = z
  .object({
    code: tenantCodeSchema,
    kind: z.enum(TENANT_KINDS),
    sites: z.array(tenantSiteSchema).min(1),
    contact: tenantContactSchema.nullish(),
    /** The national or the agency's emblem shown beside the unit's name (TT 22/2023); a placeholder when absent. */
    emblem: mediaFileSchema.nullish(),
  })
  .superRefine((tenant, ctx) => {
    const seen = new Set<string>();
    for (const site of tenant.sites) {
      if (seen.has(site.locale)) {
        ctx.addIssue({ code: 'custom', path: ['sites'], message: `language "${site.locale}" is listed twice` });
      }
      seen.add(site.locale);
    }
  });
export type Tenant = z.infer<typeof tenantSchema>;
