import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { selectionOf } from './graphql-selection.js';

describe('selectionOf', () => {
  it('asks for scalars, nested objects and lists of objects through optional and nullable wrappers', () => {
    const schema = z.object({
      title: z.string(),
      image: z.object({ alt: z.string(), file: z.object({ url: z.string() }) }).nullish(),
      files: z.array(z.object({ title: z.string() })),
      tags: z.array(z.string()).optional(),
      kind: z.enum(['news']).default('news'),
    });
    expect(selectionOf(schema)).toBe('{ title image { alt file { url } } files { title } tags kind }');
  });

  it('refuses a schema that is not an object', () => {
    expect(() => selectionOf(z.string())).toThrow(/needs an object schema/);
  });
});
