import type { z } from 'zod';

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

/** The schema under optional/nullable/default wrappers, and the input side of a pipe. */
function unwrap(schema: z.ZodType): Def {
  let def = schema.def as unknown as Def;
  while (WRAPPERS.has(def.type) || def.type === 'pipe' || def.type === 'array') {
    const next = def.type === 'pipe' ? def.in : def.type === 'array' ? def.element : def.innerType;
    def = next!.def as unknown as Def;
  }
  return def;
}

/**
 * The GraphQL selection set that asks for exactly the fields of a zod object schema, nested
 * objects and lists of objects included: `{ title file { url } }`. Queries built from the
 * contract's schemas make a field renamed on either side fail the query, not pass unnoticed.
 */
export function selectionOf(schema: z.ZodType): string {
  const def = unwrap(schema);
  if (def.type !== 'object' || !def.shape) throw new Error(`a GraphQL selection needs an object schema, not "${def.type}"`);
  const fields = Object.entries(def.shape).map(([name, field]) => (unwrap(field).type === 'object' ? `${name} ${selectionOf(field)}` : name));
  return `{ ${fields.join(' ')} }`;
}
