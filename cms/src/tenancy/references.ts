import type { Core } from '@strapi/strapi';

/** One document or file a write points at, as the Content Manager or code names it. */
export interface Reference {
  id?: number;
  documentId?: string;
}

/** What a write says about one relation field: the references it adds, and whether it leaves the field empty. */
export interface RelationInput {
  added: Reference[];
  clears: boolean;
}

function toReference(value: unknown): Reference | undefined {
  if (typeof value === 'number') return { id: value };
  if (typeof value === 'string') return /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value };
  if (value && typeof value === 'object') {
    const { id, documentId } = value as { id?: unknown; documentId?: unknown };
    if (typeof documentId === 'string') return { documentId };
    if (id !== undefined) return toReference(id);
  }
  return undefined;
}

const references = (values: unknown): Reference[] => [values].flat().flatMap((value) => toReference(value) ?? []);

/**
 * Reads a relation or media value in any of the shapes Strapi accepts: an id or documentId, an
 * object with one, a list of them, or `{ connect, set, disconnect }`.
 */
export function relationInput(value: unknown): RelationInput {
  if (value === null) return { added: [], clears: true };
  if (value && typeof value === 'object' && !Array.isArray(value) && ('connect' in value || 'set' in value || 'disconnect' in value)) {
    const { connect, set, disconnect } = value as { connect?: unknown; set?: unknown; disconnect?: unknown };
    const added = [...references(connect ?? []), ...references(set ?? [])];
    const emptied = set !== undefined || references(disconnect ?? []).length > 0;
    return { added, clears: added.length === 0 && emptied };
  }
  const added = references(value);
  return { added, clears: added.length === 0 };
}

export interface LinkedReferences {
  /** Documents by target content type. */
  documents: Map<string, Reference[]>;
  /** Media library files. */
  files: Reference[];
}

/**
 * Every document and file that `data` for `uid` links to, through relations and media fields at
 * any depth of components and dynamic zones. The `tenant` field itself is not a link.
 */
export function linkedReferences(strapi: Core.Strapi, uid: string, data: Record<string, unknown>): LinkedReferences {
  const found: LinkedReferences = { documents: new Map(), files: [] };
  const visit = (schemaUid: string, values: Record<string, unknown>, topLevel: boolean) => {
    const attributes = ((strapi.getModel(schemaUid as any) ?? (strapi.components as any)[schemaUid])?.attributes ?? {}) as Record<string, any>;
    for (const [name, value] of Object.entries(values ?? {})) {
      const attribute = attributes[name];
      if (!attribute || value === undefined) continue;
      if (attribute.type === 'relation' && attribute.target && !(topLevel && name === 'tenant')) {
        const list = found.documents.get(attribute.target) ?? [];
        list.push(...relationInput(value).added);
        found.documents.set(attribute.target, list);
      } else if (attribute.type === 'media') {
        found.files.push(...relationInput(value).added);
      } else if (attribute.type === 'component') {
        for (const item of [value].flat()) if (item && typeof item === 'object') visit(attribute.component, item as Record<string, unknown>, false);
      } else if (attribute.type === 'dynamiczone') {
        for (const item of [value].flat()) if (item && typeof item === 'object') visit((item as any).__component, item as Record<string, unknown>, false);
      }
    }
  };
  visit(uid, data, true);
  return found;
}

/** A `where` clause matching the rows a list of references names. */
export function whereReferenced(list: Reference[]): Record<string, unknown> {
  const ids = list.flatMap((reference) => (reference.id !== undefined ? [reference.id] : []));
  const documentIds = list.flatMap((reference) => (reference.documentId ? [reference.documentId] : []));
  return { $or: [{ id: { $in: ids } }, { documentId: { $in: documentIds } }] };
}
