import { describe, expect, it } from 'vitest';
import { CONTENT_TYPE_LIST } from '@portal/contract';
import { SECTIONS } from '../src/lib/sections/index';

describe('section modules and content type descriptors', () => {
  it('has one section module for each content type whose descriptor has a section, named by its id and reading its collection', () => {
    const modules = SECTIONS.map((section) => `${section.id} ← ${section.collection}`).sort();
    const described = CONTENT_TYPE_LIST.filter((descriptor) => descriptor.section).map((descriptor) => `${descriptor.id} ← ${descriptor.field}`).sort();
    expect(modules).toEqual(described);
  });
});
