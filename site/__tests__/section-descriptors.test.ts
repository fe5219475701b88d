import { describe, expect, it } from 'vitest';
import { CONTENT_TYPE_LIST } from '@portal/contract';
import { SECTIONS } from '../src/lib/sections/index';

/** Every section module in the folder, whatever its file is called: an export with an id, a collection and a listing. */
const FOUND = Object.values(import.meta.glob<Record<string, unknown>>('../src/lib/sections/*.ts', { eager: true }))
  .flatMap((module) => Object.values(module))
  .filter((value): value is { id: string; collection: string } => typeof value === 'object' && value !== null && 'id' in value && 'collection' in value && 'listing' in value);

describe('section modules and content type descriptors', () => {
  it('has one section module for each content type whose descriptor has a section, named by its id and reading its collection', () => {
    const modules = SECTIONS.map((section) => `${section.id} ← ${section.collection}`).sort();
    const described = CONTENT_TYPE_LIST.filter((descriptor) => descriptor.section).map((descriptor) => `${descriptor.id} ← ${descriptor.field}`).sort();
    expect(modules).toEqual(described);
  });

  it('shows every section module of the folder: none is left out for a descriptor without section: true or a file named otherwise than its collection', () => {
    expect(FOUND.map((section) => section.id).sort()).toEqual(SECTIONS.map((section) => section.id).sort());
  });
});
