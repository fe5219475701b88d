import { z } from 'zod';
import { imageSchema, linkSchema, linkUrlSchema } from './components.js';
import { publishedEntryFields, type Labels } from './published.js';

export const MENU_PLACEMENTS = ['main', 'footer'] as const;
export type MenuPlacement = (typeof MENU_PLACEMENTS)[number];

export const menuItemSchema = linkSchema.extend({ children: z.array(linkSchema) });
export type MenuItem = z.infer<typeof menuItemSchema>;

/** A portal's own menu; one per placement. */
export const menuSchema = z.object({
  ...publishedEntryFields,
  placement: z.enum(MENU_PLACEMENTS),
  items: z.array(menuItemSchema),
});
export type Menu = z.infer<typeof menuSchema>;

/** A highlighted link on the home page (banner). */
export const featuredLinkSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  url: linkUrlSchema,
  description: z.string().nullish(),
  image: imageSchema.nullish(),
  displayOrder: z.number().int().nullish(),
});
export type FeaturedLink = z.infer<typeof featuredLinkSchema>;

export const COMPONENT_PORTAL_KINDS = ['department', 'commune'] as const;
export type ComponentPortalKind = (typeof COMPONENT_PORTAL_KINDS)[number];
export const COMPONENT_PORTAL_KIND_LABELS: Labels<ComponentPortalKind> = {
  department: { vi: 'Sở, ban, ngành', en: 'Departments and agencies', km: 'មន្ទីរ និងស្ថាប័ន' },
  commune: { vi: 'Xã, phường', en: 'Communes and wards', km: 'ឃុំ និងសង្កាត់' },
};

/** An entry of the main portal's directory of component portals, on this platform or elsewhere. */
export const componentPortalSchema = z.object({
  ...publishedEntryFields,
  name: z.string().min(1),
  url: linkUrlSchema,
  kind: z.enum(COMPONENT_PORTAL_KINDS),
  displayOrder: z.number().int().nullish(),
});
export type ComponentPortal = z.infer<typeof componentPortalSchema>;
