import { z } from 'zod';

/** An uploaded file as GraphQL returns it; `size` is in kilobytes, as Strapi stores it. */
export const mediaFileSchema = z.object({
  url: z.string().min(1),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
  width: z.number().int().nullish(),
  height: z.number().int().nullish(),
});
export type MediaFile = z.infer<typeof mediaFileSchema>;

/** An image shown in content, with its text alternative in the entry's own language. */
export const imageSchema = z.object({
  file: mediaFileSchema,
  alt: z.string().min(1),
  caption: z.string().nullish(),
});
export type Image = z.infer<typeof imageSchema>;

/** A downloadable file; the title is the link text. */
export const attachmentSchema = z.object({
  file: mediaFileSchema,
  title: z.string().min(1),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const contactDetailsSchema = z.object({
  address: z.string().nullish(),
  phone: z.string().nullish(),
  fax: z.string().nullish(),
  email: z.string().nullish(),
  website: z.string().nullish(),
});
export type ContactDetails = z.infer<typeof contactDetailsSchema>;

/** Where a link may lead: an http(s) address or a path on the same portal ("/gioi-thieu/"). */
export const linkUrlSchema = z.string().regex(/^(https?:\/\/[^\s/]+[^\s]*|\/(?!\/)[^\s]*)$/, 'an http(s) address or a path starting with "/"');

export const linkSchema = z.object({
  label: z.string().min(1),
  url: linkUrlSchema,
});
export type Link = z.infer<typeof linkSchema>;
