import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ContentTypeDescriptor } from '../content-type.js';
import { CONTENT_TYPE_LIST } from './index.js';

/**
 * The CMS's schema.json files and the descriptors must say the same: a choice added in the
 * content-type builder but not in the contract would fail every portal build, a field renamed on
 * one side only would vanish from the portals. The CMS is read as files, as Strapi reads them.
 */
const API = fileURLToPath(new URL('../../../../cms/src/api/', import.meta.url));
const GENERATED_TYPES = fileURLToPath(new URL('../../../../cms/types/generated/contentTypes.d.ts', import.meta.url));

interface Attribute {
  type: string;
  enum?: string[];
  required?: boolean;
  repeatable?: boolean;
  relation?: string;
}
interface SchemaJson {
  info: { singularName: string };
  attributes: Record<string, Attribute>;
}

const SCHEMAS = new Map<string, SchemaJson>(
  readdirSync(API).flatMap((api) => {
    const folder = join(API, api, 'content-types');
    let types: string[];
    try {
      types = readdirSync(folder);
    } catch {
      return [];
    }
    return types.map((type) => {
      const schema = JSON.parse(readFileSync(join(folder, type, 'schema.json'), 'utf8')) as SchemaJson;
      return [`api::${api}.${schema.info.singularName}`, schema] as const;
    });
  }),
);

/** The CMS's own types: the tenants themselves, their boards, the outbox, accounts. No portal reads them. */
const CMS_ONLY = [
  'api::admin-credential.admin-credential',
  'api::calendar-override.calendar-override',
  'api::consultation-comment.consultation-comment',
  'api::editorial-audit-entry.editorial-audit-entry',
  'api::editorial-state.editorial-state',
  'api::previous-slug.previous-slug',
  'api::publish-build.publish-build',
  'api::publish-event.publish-event',
  'api::tenant.tenant',
  'api::tenant-membership.tenant-membership',
];

// The CMS fills a blank slug from the title on save (cms/src/validation/slugs.ts).
const FILLED_ON_SAVE = new Set(['slug']);
// Every published document has these, whatever its schema.json says.
const DOCUMENT_FIELDS = new Set(['documentId', 'locale', 'publishedAt', 'updatedAt', 'createdAt']);

type Field = z.ZodType & { _zod: { def: { type: string; innerType?: z.ZodType } } };

/** The field without its optional/nullable wrappers, and whether it may be missing. */
function unwrap(field: Field): { inner: Field; optional: boolean } {
  let inner = field;
  let optional = false;
  while (['optional', 'nullable', 'default'].includes(inner._zod.def.type)) {
    optional = true;
    inner = inner._zod.def.innerType as Field;
  }
  return { inner, optional };
}

const shapeOf = (descriptor: ContentTypeDescriptor) => descriptor.schema.shape as Record<string, Field>;

/** The attributes a descriptor's rules read: each must exist in the CMS. */
function fieldsRead(descriptor: ContentTypeDescriptor): string[] {
  return [
    ...(descriptor.deadlines ?? []).flatMap((rule) => [...rule.from.map((path) => path.split('.')[0]!), ...(rule.when ? [rule.when.field] : []), ...(rule.metBy ? [rule.metBy] : [])]),
    ...Object.keys(descriptor.formats ?? {}),
    ...(descriptor.dateOrder ?? []).flatMap((rule) => [rule.earlier.name, rule.later.name]),
    ...(descriptor.translations?.when ? [descriptor.translations.when.field] : []),
    ...descriptor.sort.map((key) => key.split(':')[0]!),
  ];
}

describe('content type descriptors and the CMS schema.json files', () => {
  it('cover every content type of the CMS, each once, or name it as the CMS’s own', () => {
    const described = CONTENT_TYPE_LIST.map((descriptor) => descriptor.uid);
    expect(new Set(described).size).toBe(described.length);
    expect([...SCHEMAS.keys()].sort()).toEqual([...described, ...CMS_ONLY].sort());
  });

  it('are what the CMS’s committed generated types were made from (after changing a schema.json: pnpm run generate-types in cms)', () => {
    const generated = [...readFileSync(GENERATED_TYPES, 'utf8').matchAll(/^\s+'(api::[\w-]+\.[\w-]+)': /gm)].map((match) => match[1]);
    expect(generated.sort()).toEqual([...SCHEMAS.keys()].sort());
  });

  it.each(CONTENT_TYPE_LIST.map((descriptor) => [descriptor.id, descriptor] as const))('%s: its names agree', (id, descriptor) => {
    expect(descriptor.uid).toBe(`api::${id}.${id}`);
    expect(SCHEMAS.get(descriptor.uid)?.attributes.tenant, 'tenant content belongs to one tenant').toMatchObject({ type: 'relation', relation: 'manyToOne' });
  });

  it.each(CONTENT_TYPE_LIST.map((descriptor) => [descriptor.id, descriptor] as const))('%s: every attribute is public or named private, and nothing else is public', (_id, descriptor) => {
    const attributes = Object.keys(SCHEMAS.get(descriptor.uid)!.attributes).filter((name) => name !== 'tenant');
    const shape = shapeOf(descriptor);
    const unexplained = attributes.filter((name) => !(name in shape) && !(name in (descriptor.privateFields ?? {})));
    expect(unexplained, 'attributes neither in the schema nor in privateFields').toEqual([]);
    const unknown = Object.keys(shape).filter((name) => !attributes.includes(name) && !DOCUMENT_FIELDS.has(name));
    expect(unknown, 'schema fields the CMS does not have').toEqual([]);
    const privateAndPublic = Object.keys(descriptor.privateFields ?? {}).filter((name) => name in shape || !attributes.includes(name));
    expect(privateAndPublic, 'privateFields that are public or not in the CMS').toEqual([]);
  });

  it.each(CONTENT_TYPE_LIST.map((descriptor) => [descriptor.id, descriptor] as const))('%s: every choice list is the same on both sides', (_id, descriptor) => {
    const shape = shapeOf(descriptor);
    for (const [name, attribute] of Object.entries(SCHEMAS.get(descriptor.uid)!.attributes)) {
      if (!(name in shape)) continue;
      const { inner } = unwrap(shape[name]!);
      if (attribute.type === 'enumeration') {
        expect(inner._zod.def.type, `${name} is a choice list in the CMS`).toBe('enum');
        const options = (inner as unknown as z.ZodEnum).options;
        if (name in (descriptor.publishedOnly ?? {})) expect(attribute.enum, `${name}: the public choices are among the CMS’s`).toEqual(expect.arrayContaining(options));
        else expect(options, name).toEqual(attribute.enum);
      } else {
        expect(inner._zod.def.type, `${name} is a ${attribute.type} in the CMS`).not.toBe('enum');
      }
    }
  });

  it.each(CONTENT_TYPE_LIST.map((descriptor) => [descriptor.id, descriptor] as const))('%s: a field the CMS may leave empty may be empty in the schema', (_id, descriptor) => {
    const shape = shapeOf(descriptor);
    const stricter = Object.entries(SCHEMAS.get(descriptor.uid)!.attributes)
      .filter(([name, attribute]) => name in shape && !attribute.required && ['string', 'text', 'richtext', 'date', 'datetime', 'integer', 'decimal', 'enumeration', 'media', 'email'].includes(attribute.type))
      .filter(([name, attribute]) => !unwrap(shape[name]!).optional && attribute.type !== 'enumeration')
      .filter(([name]) => !FILLED_ON_SAVE.has(name) && !(name in (descriptor.publishedOnly ?? {})))
      .map(([name]) => name);
    expect(stricter).toEqual([]);
  });

  it.each(CONTENT_TYPE_LIST.map((descriptor) => [descriptor.id, descriptor] as const))('%s: its rules read attributes it has', (_id, descriptor) => {
    const attributes = SCHEMAS.get(descriptor.uid)!.attributes;
    const missing = fieldsRead(descriptor).filter((name) => !(name in attributes) && !DOCUMENT_FIELDS.has(name));
    expect(missing).toEqual([]);
  });
});
