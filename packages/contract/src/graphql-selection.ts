import type { z } from 'zod';

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

/** The schema under optional/nullable/default wrappers, list types, and the input side of a pipe. */
function unwrap(schema: z.ZodType): Def {
  let def = schema.def as unknown as Def;
  while (WRAPPERS.has(def.type) || def.type === 'pipe' || def.type === 'array') {
    const next = def.type === 'pipe' ? def.in : def.type === 'array' ? def.element : def.innerType;
    def = next!.def as unknown as Def;
  }
  return def;
}

/** The fields of an object schema: null for a value, the nested tree for an object or a list of objects. */
export type FieldTree = { [field: string]: FieldTree | null };

export function fieldTree(schema: z.ZodType): FieldTree {
  const def = unwrap(schema);
  if (def.type !== 'object' || !def.shape) throw new Error(`a field tree needs an object schema, not "${def.type}"`);
  return Object.fromEntries(Object.entries(def.shape).map(([name, field]) => [name, unwrap(field).type === 'object' ? fieldTree(field) : null]));
}

const selection = (tree: FieldTree): string =>
  `{ ${Object.entries(tree)
    .map(([name, nested]) => (nested ? `${name} ${selection(nested)}` : name))
    .join(' ')} }`;

/**
 * The GraphQL selection set that asks for exactly the fields of a zod object schema, nested
 * objects and lists of objects included: `{ title file { url } }`. Queries built from the
 * contract's schemas make a field renamed on either side fail the query, not pass unnoticed.
 */
export function selectionOf(schema: z.ZodType): string {
  return selection(fieldTree(schema));
}
