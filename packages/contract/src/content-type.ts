import type { z } from 'zod';
import type { EditorialRole } from './editorial-roles.js';
import type { Locale, TranslationLocale } from './locales.js';
import type { DeadlineRule } from './deadline-rule.js';

/** Checks a text field's format: undefined when fine, else what is wrong ("a number such as …"). */
export type FormatCheck = (value: string) => string | undefined;

type StringSchema = { safeParse(value: string): { success: boolean; error?: { issues: { message: string }[] } } };

/** A format check from a zod string schema, naming the schema's own message. */
export const formatOf =
  (schema: StringSchema): FormatCheck =>
  (value) => {
    const result = schema.safeParse(value);
    return result.success ? undefined : `must be ${result.error?.issues[0]?.message}`;
  };

/** A field shown to editors by its Vietnamese label, so a refusal names what they see. */
export interface LabelledField {
  name: string;
  label: string;
}

/** How the admin's edit form names a field for a Vietnamese editor, and what it tells them about it. */
export interface AdminFieldLabel {
  label: string;
  hint?: string;
}

/** What each choice of a choice list is called, on the portals and in the admin alike. */
export type ChoiceLabels = Readonly<Record<string, Readonly<Record<Locale, string>>>>;

/** Two dates that must come in this order; `strictly`: not even on the same day. */
export interface DateOrderRule {
  earlier: LabelledField;
  later: LabelledField;
  strictly: boolean;
}

export interface RequiredTranslation {
  locales: readonly TranslationLocale[];
  /** Only items with this value need the translation, e.g. the introduction page on functions and duties. */
  when?: { field: string; equals: string };
}

/**
 * Everything the platform knows about one kind of tenant content, in one place: its three names,
 * what a portal build reads, when it is due, the rules a save must pass and who writes it. The
 * CMS's schema.json must agree with it (types/schema-json.test.ts); the tables of the CMS and of
 * the contract are derived from these descriptors.
 */
export interface ContentTypeDescriptor<Schema extends z.ZodObject = z.ZodObject, Id extends string = string, Section extends boolean = boolean> {
  /** The short name: the API folder in the CMS and the site's section id (`legal-document`). */
  id: Id;
  /** The CMS content type (`api::legal-document.legal-document`). */
  uid: string;
  /** Its GraphQL collection query (`legalDocuments`), also the site's content collection. */
  field: string;
  /** The entry as the public reads it. */
  schema: Schema;
  /** A total order (documentId breaks ties), so no entry slips between two pages. */
  sort: readonly string[];
  /** CMS attributes deliberately kept out of the public schema (a sender's contact), each with why. */
  privateFields?: Readonly<Record<string, string>>;
  /**
   * What a published entry holds that schema.json alone does not promise, each with the CMS rule
   * that makes it so: a field required before publishing, a choice list narrowed to what may be public.
   */
  publishedOnly?: Readonly<Record<string, string>>;
  /** How soon an entry must be public (Quy chế Đ9); the first matching rule wins. */
  deadlines?: readonly DeadlineRule[];
  /** Core (fixed) information the board reviews periodically (Đ12). */
  core?: boolean;
  /** Languages it must also be public in besides Vietnamese. */
  translations?: RequiredTranslation;
  /** Text fields with a format the site and citizens rely on. */
  formats?: Readonly<Record<string, { label: string; check: FormatCheck }>>;
  /** Dates that cannot come in another order. */
  dateOrder?: readonly DateOrderRule[];
  /** The least board role that writes, publishes or deletes it; by default reporters write and approvers publish. */
  writtenBy?: EditorialRole;
  /**
   * Vietnamese labels of the fields the admin's shared table (cms/src/setup/admin-labels) does not
   * name, or names otherwise than this type means them.
   */
  fieldLabels?: Readonly<Record<string, AdminFieldLabel>>;
  /** The labels of its choice lists' values, which editors read in the admin too. */
  choiceLabels?: readonly ChoiceLabels[];
  /** Whether the portal shows it in a section of its own (site/src/lib/sections/<field in kebab-case>.ts). */
  section: Section;
}

export const NEWEST_FIRST = ['publishedAt:desc', 'documentId:asc'] as const;
export const BY_DISPLAY_ORDER = ['displayOrder:asc', 'documentId:asc'] as const;

/** Names the order by one field, documentId breaking ties. */
export const sortBy = (field: string, direction: 'asc' | 'desc'): readonly string[] => [`${field}:${direction}`, 'documentId:asc'];

/**
 * Keeps the schema's precise type, so `PUBLIC_COLLECTIONS.x.schema` parses to `X`, and the id and
 * `section` as literals, so the site derives its sections' entry types from the descriptors.
 */
export const contentType = <Schema extends z.ZodObject, const Id extends string, const Section extends boolean>(
  descriptor: ContentTypeDescriptor<Schema, Id, Section>,
): ContentTypeDescriptor<Schema, Id, Section> => descriptor;
