import { describe, expect, it } from 'vitest';
import { deriveValidity, fetchPublicCollection, LOCALES, PUBLIC_COLLECTIONS, PUBLIC_EXPORT_QUERY, type LegalDocument } from '@portal/contract';
import { DATABASES, useCms, type CmsUnderTest } from './cms-under-test';
import { publisherGraphql } from '@portal/stack';

const TENANTS = ['vinhlong', 'snv', 'chauthanh'];
const LEGAL_DOCUMENT = 'api::legal-document.legal-document';

/** The uids of the content types a portal publishes, as the CMS itself declares them: tenant-scoped and not internal. */
async function tenantScopedTypes(cms: CmsUnderTest): Promise<string[]> {
  const { data } = await cms.admin.request('GET', '/content-manager/content-types');
  return data
    .filter((type: any) => type.attributes?.tenant?.type === 'relation' && type.attributes.tenant.target === 'api::tenant.tenant')
    .filter((type: any) => !type.pluginOptions?.portal?.internal)
    .map((type: any) => type.uid)
    .sort();
}

describe.each(DATABASES)('the content contract on %s', (database) => {
  const cms = useCms(database);

  it('has a public collection in the contract for every tenant-scoped content type', async () => {
    expect(Object.values(PUBLIC_COLLECTIONS).map((collection) => collection.uid).sort()).toEqual(await tenantScopedTypes(cms));
  });

  it.each(Object.entries(PUBLIC_COLLECTIONS))('serves %s through GraphQL exactly as the contract’s schema describes', async (_name, collection) => {
    const counts: Record<string, number> = { vi: 0, en: 0, km: 0 };
    for (const code of TENANTS) {
      for (const locale of LOCALES) {
        const entries = await fetchPublicCollection(publisherGraphql(cms.stack), collection, { code, locale });
        for (const entry of entries) expect(collection.schema.parse(entry)).toMatchObject({ locale });
        counts[locale]! += entries.length;
      }
    }
    // Every type has demo content in Vietnamese and English, the mandatory languages.
    expect(counts.vi).toBeGreaterThan(0);
    expect(counts.en).toBeGreaterThan(0);
  });

  it.each(Object.entries(PUBLIC_COLLECTIONS))('exports %s in bulk exactly as the collection query serves them', async (_name, collection) => {
    for (const code of TENANTS) {
      for (const locale of LOCALES) {
        const read = (via: 'collection' | 'export') => fetchPublicCollection(publisherGraphql(cms.stack), collection, { code, locale }, { via, pageSize: 3 });
        const exported = await read('export');
        expect(exported).toEqual(await read('collection'));
        for (const entry of exported) collection.schema.parse(entry);
      }
    }
  });

  it('refuses a bulk export of anything but a public collection, or without a token', async () => {
    const request = publisherGraphql(cms.stack);
    await expect(request(PUBLIC_EXPORT_QUERY, { collection: 'publishEvents', code: 'snv', locale: 'vi', page: 1, pageSize: 10 })).rejects.toThrow(`collection must be one of ${Object.keys(PUBLIC_COLLECTIONS).join(', ')}`);
    const anonymous = await cms.publisherFetch('/graphql', { token: null, method: 'POST', body: JSON.stringify({ query: PUBLIC_EXPORT_QUERY, variables: { collection: 'articles', code: 'snv', locale: 'vi', page: 1, pageSize: 10 } }) });
    expect(((await anonymous.json()) as any).errors?.[0]?.message).toMatch(/Forbidden/);
  });

  it('carries a meaningful share of the demo in Khmer script', async () => {
    const khmer = /[\u1780-\u17FF]/;
    let translated = 0;
    for (const collection of Object.values(PUBLIC_COLLECTIONS)) {
      for (const code of TENANTS) {
        const entries = await fetchPublicCollection(publisherGraphql(cms.stack), collection, { code, locale: 'km' });
        translated += entries.length;
        for (const entry of entries) expect(JSON.stringify(entry)).toMatch(khmer);
      }
    }
    expect(translated).toBeGreaterThanOrEqual(40);
  });

  it('reads legal document relations from both sides, and they survive republishing', async () => {
    const documents = async () =>
      (await fetchPublicCollection(publisherGraphql(cms.stack), PUBLIC_COLLECTIONS.legalDocuments, { code: 'vinhlong', locale: 'vi' })).map((entry) =>
        PUBLIC_COLLECTIONS.legalDocuments.schema.parse(entry),
      );
    const byNumber = (all: LegalDocument[], number: string) => all.find((document) => document.documentNumber === number)!;
    const before = await documents();
    const replacing = byNumber(before, '20/2025/QĐ-UBND');
    expect(byNumber(before, '12/2023/QĐ-UBND').replacedBy.map((document) => document.documentNumber)).toEqual(['20/2025/QĐ-UBND']);
    expect(replacing.replaces.map((document) => document.documentNumber).sort()).toEqual(['05/2024/QĐ-UBND', '12/2023/QĐ-UBND']);

    await cms.admin.publish(LEGAL_DOCUMENT, replacing.documentId, 'vi');
    await cms.admin.publish(LEGAL_DOCUMENT, byNumber(before, '12/2023/QĐ-UBND').documentId, 'vi');
    const after = await documents();
    expect(byNumber(after, '12/2023/QĐ-UBND').replacedBy.map((document) => document.documentNumber)).toEqual(['20/2025/QĐ-UBND']);
    expect(byNumber(after, '20/2025/QĐ-UBND').replaces).toHaveLength(2);
  });

  it('gives the site what it needs to derive validity, never a stored status', async () => {
    const all = (await fetchPublicCollection(publisherGraphql(cms.stack), PUBLIC_COLLECTIONS.legalDocuments, { code: 'vinhlong', locale: 'en' })).map((entry) =>
      PUBLIC_COLLECTIONS.legalDocuments.schema.parse(entry),
    );
    const validity = (number: string, today: string) => {
      const document = all.find((candidate) => candidate.documentNumber === number)!;
      return deriveValidity(document, document, today);
    };
    expect(validity('12/2023/QĐ-UBND', '2025-06-30')).toBe('partly_expired');
    expect(validity('12/2023/QĐ-UBND', '2025-07-01')).toBe('expired');
    expect(validity('08/2022/NQ-HĐND', '2026-12-31')).toBe('in_force');
    expect(validity('08/2022/NQ-HĐND', '2027-01-01')).toBe('partly_expired');
    expect(validity('15/2026/NQ-HĐND', '2026-12-31')).toBe('not_yet_in_force');
    expect(all.every((document) => !('validity' in document))).toBe(true);
  });
});
