import { CONTENT_TYPE_LIST, type ContentTypeDescriptor } from '@portal/contract';
import type { AnySectionModule, SectionId, SectionModule } from './types';

/**
 * The modules of this folder, found rather than listed: a content type whose descriptor has
 * `section: true` is shown by the module named after its collection (`legalDocuments`:
 * `legal-documents.ts`), so a new section is its descriptor and its module, nothing else.
 */
const MODULES = import.meta.glob<Record<string, unknown>>('./*.ts', { eager: true });

/** The file of a collection's section module: `legalDocuments` → `./legal-documents.ts`. */
export const sectionFileOf = (collection: string): string => `./${collection.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}.ts`;

function sectionOf(descriptor: ContentTypeDescriptor): AnySectionModule {
  const file = sectionFileOf(descriptor.field);
  const found = Object.values(MODULES[file] ?? {}).find((value) => (value as Partial<AnySectionModule> | null)?.id === descriptor.id);
  if (!found) throw new Error(`${descriptor.id} has a section (its descriptor says section: true), but site/src/lib/sections/${file.slice(2)} exports no section module with id "${descriptor.id}"`);
  return found as AnySectionModule;
}

/** Every section, in the descriptors' order (CONTENT_TYPES), which the site map follows. */
export const SECTIONS: readonly AnySectionModule[] = CONTENT_TYPE_LIST.filter((descriptor) => descriptor.section).map(sectionOf);

export function sectionModule<Id extends SectionId>(id: Id): SectionModule<Id> {
  const found = SECTIONS.find((section) => section.id === id);
  if (!found) throw new Error(`No section "${id}"`);
  return found as unknown as SectionModule<Id>;
}
