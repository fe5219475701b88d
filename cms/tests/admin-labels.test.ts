import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choiceTranslations } from '../src/admin/choice-labels';
import { fieldLabelOf } from '../src/setup/admin-labels/field-labels';
import { useCms } from './cms-under-test';

const SRC = join(import.meta.dirname, '..', 'src');

/** Every model editors see, read from its schema file: content types (unless hidden) and components. */
function visibleModels(): Array<{ uid: string; attributes: Record<string, unknown> }> {
  const contentTypes = readdirSync(join(SRC, 'api')).flatMap((api) => {
    const dir = join(SRC, 'api', api, 'content-types');
    const types = (() => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    })();
    return types.map((type) => ({ uid: `api::${api}.${type}`, schema: JSON.parse(readFileSync(join(dir, type, 'schema.json'), 'utf8')) }));
  });
  const components = readdirSync(join(SRC, 'components')).flatMap((category) =>
    readdirSync(join(SRC, 'components', category)).map((file) => ({ uid: `${category}.${file.replace(/\.json$/, '')}`, schema: JSON.parse(readFileSync(join(SRC, 'components', category, file), 'utf8')) })),
  );
  return [...contentTypes.filter(({ schema }) => schema.pluginOptions?.['content-manager']?.visible !== false), ...components].map(({ uid, schema }) => ({ uid, attributes: schema.attributes }));
}

describe('the admin in Vietnamese', () => {
  it('has a Vietnamese label for every field editors see', () => {
    const unlabelled = visibleModels().flatMap(({ uid, attributes }) => Object.keys(attributes).filter((field) => !fieldLabelOf(uid, field)).map((field) => `${uid}.${field}`));
    expect(unlabelled).toEqual([]);
  });

  it('has a Vietnamese and an English label for every choice editors pick from', () => {
    const { vi, en } = choiceTranslations();
    const choices = visibleModels().flatMap(({ uid, attributes }) =>
      Object.entries(attributes as Record<string, { type?: string; enum?: string[] }>).flatMap(([field, attribute]) => (attribute.type === 'enumeration' ? attribute.enum!.map((value) => ({ at: `${uid}.${field}`, value })) : [])),
    );
    expect(choices.length).toBeGreaterThan(80);
    expect(choices.filter(({ value }) => !vi[value] || !en[value]).map(({ at, value }) => `${at}: ${value}`)).toEqual([]);
    expect(vi.provincial).toBe('Tỉnh');
  });

  describe('in a running CMS', () => {
    // The labels live in the Content Manager's configuration (core store), the same on either database.
    const cms = useCms('sqlite');

    it('shows the labels and hints in the edit form and lists', async () => {
      const { data } = await cms.admin.request('GET', '/content-manager/content-types/api::legal-document.legal-document/configuration');
      expect(data.contentType.metadatas.documentNumber.edit).toMatchObject({ label: 'Số, ký hiệu', description: 'Ví dụ: 15/2026/QĐ-UBND.' });
      expect(data.contentType.metadatas.issuingAuthority.list.label).toBe('Cơ quan ban hành');
      const components = data.components as Record<string, any>;
      expect(components['media.attachment'].metadatas.title.edit.label).toBe('Tên tệp hiển thị');
      const tenant = await cms.admin.request('GET', '/content-manager/content-types/api::tenant.tenant/configuration');
      expect(tenant.data.contentType.metadatas.code.edit.label).toBe('Mã cổng');
    });
  });
});
