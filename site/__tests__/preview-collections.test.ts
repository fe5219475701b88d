import { PREVIEWABLE_COLLECTIONS } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../src/lib/sections/index';

describe('the collections the CMS offers a preview for', () => {
  it('are exactly the ones with pages on a portal: news and every section', () => {
    expect([...PREVIEWABLE_COLLECTIONS].sort()).toEqual(SECTIONS.map((section) => section.collection).sort());
  });
});
