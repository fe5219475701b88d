import { z } from 'zod';
import { contactDetailsSchema, imageSchema } from './components.js';
import { publishedEntryFields, slugSchema, type Labels } from './published.js';

export const ORGANISATION_UNIT_KINDS = ['leadership', 'division', 'public_service_unit'] as const;
export type OrganisationUnitKind = (typeof ORGANISATION_UNIT_KINDS)[number];
export const ORGANISATION_UNIT_KIND_LABELS: Labels<OrganisationUnitKind> = {
  leadership: { vi: 'Lãnh đạo', en: 'Leadership', km: 'ថ្នាក់ដឹកនាំ' },
  division: { vi: 'Phòng, ban chuyên môn', en: 'Specialised division', km: 'ការិយាល័យជំនាញ' },
  public_service_unit: { vi: 'Đơn vị sự nghiệp', en: 'Public service unit', km: 'អង្គភាពសេវាសាធារណៈ' },
};

const unitReferenceSchema = z.object({ documentId: z.string().min(1), name: z.string().min(1), slug: slugSchema });

/** A unit of the organisation chart, with its functions and duties. */
export const organisationUnitSchema = z.object({
  ...publishedEntryFields,
  name: z.string().min(1),
  slug: slugSchema,
  kind: z.enum(ORGANISATION_UNIT_KINDS),
  functions: z.string().nullish(),
  displayOrder: z.number().int().nullish(),
  parent: unitReferenceSchema.nullish(),
  contact: contactDetailsSchema.nullish(),
});
export type OrganisationUnit = z.infer<typeof organisationUnitSchema>;

/** A position in a unit ("Giám đốc Sở"); rank 1 is the head. */
export const positionSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  rank: z.number().int(),
  unit: unitReferenceSchema.nullish(),
});
export type Position = z.infer<typeof positionSchema>;

/** A leader with a short biography (Đ7: introduction of the agency's leaders). */
export const leaderSchema = z.object({
  ...publishedEntryFields,
  fullName: z.string().min(1),
  slug: slugSchema,
  position: positionSchema.pick({ documentId: true, title: true, rank: true }).nullish(),
  biography: z.string().nullish(),
  responsibilities: z.string().nullish(),
  photo: imageSchema.nullish(),
  contact: contactDetailsSchema.nullish(),
  displayOrder: z.number().int().nullish(),
});
export type Leader = z.infer<typeof leaderSchema>;

/** An entry of the contact directory of competent officials and offices. */
export const contactEntrySchema = z.object({
  ...publishedEntryFields,
  fullName: z.string().nullish(),
  role: z.string().min(1),
  unit: unitReferenceSchema.nullish(),
  contact: contactDetailsSchema,
  displayOrder: z.number().int().nullish(),
});
export type ContactEntry = z.infer<typeof contactEntrySchema>;
