import { z } from 'zod';
import { mediaFileSchema } from './components.js';
import { relatedDocumentSchema } from './legal-document.js';
import { isoDateSchema, publishedEntryFields } from './published.js';

/** "15" or a double issue "15+16". */
export const gazetteNumberSchema = z.string().regex(/^\d{1,4}(\+\d{1,4})*$/, 'an issue number such as "15" or "15+16"');

const gazetteReferenceSchema = z.object({
  documentId: z.string().min(1),
  number: gazetteNumberSchema,
  issueDate: isoDateSchema,
  slug: z.string().min(1),
});

/** An issue of the province's official gazette (Công báo), the documents it carries and the corrections it makes. */
export const gazetteIssueSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  slug: z.string().min(1),
  number: gazetteNumberSchema,
  issueDate: isoDateSchema,
  pdf: mediaFileSchema.nullish(),
  documents: z.array(relatedDocumentSchema),
  corrects: z.array(gazetteReferenceSchema),
  correctedBy: z.array(gazetteReferenceSchema),
  correctionNote: z.string().nullish(),
});
export type GazetteIssue = z.infer<typeof gazetteIssueSchema>;
