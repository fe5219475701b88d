import { describe, expect, it } from 'vitest';
import { fetchPublicCollection, LOCALES, PUBLIC_COLLECTIONS, PUBLISHING_API } from '@portal/contract';
import { publisherGraphql, runSeedScale } from '@portal/stack';
import { DATABASES, useCms } from './cms-under-test';
import { pendingEvents } from './outbox-events';

describe.each(DATABASES)('seed:scale on %s', (database) => {
  const cms = useCms(database);

  const seedScale = async (...args: string[]) => {
    const output: string[] = [];
    const code = await runSeedScale(cms.stack, args, (line) => output.push(line));
    return { code, output: output.join('\n') };
  };

  it.each([
    [['--docs', '10'], /--tenants is required/],
    [['--tenants', '0', '--docs', '10'], /--tenants must be a whole number from 1 to 500, not "0"/],
    [['--tenants', '2', '--docs', 'many'], /--docs must be a whole number/],
    [['--tenants', '2', '--docs', '10', '--fast'], /Unknown option '--fast'/],
    [['--tenants', '1', '--kind', 'city', '--docs', '10'], /--kind must be one of province, department, commune, not "city"/],
    [['--into', 'snv', '--tenants', '1', '--docs', '10'], /--into adds to one existing portal: it takes neither --tenants nor --kind/],
  ])('explains bad arguments %j with the usage', async (args, problem) => {
    const { code, output } = await seedScale(...args);
    expect(code).toBe(2);
    expect(output).toMatch(problem);
    expect(output).toContain('usage: pnpm seed:scale --tenants N --docs M');
  });

  it('adds trilingual portals and documents the site can read, and records their publishes', async () => {
    const tenantsBefore = (await (await cms.publisherFetch(PUBLISHING_API.tenants)).json()) as { tenants: { code: string }[] };
    const { code, output } = await seedScale('--tenants', '2', '--docs', '40');
    expect(code, output).toBe(0);
    expect(output).toMatch(/the CMS at http:\/\/127\.0\.0\.1:\d+ is running/);
    expect(output).toMatch(/40\/40 documents \(120 entries\), [\d.]+ documents\/s, [\d.]+ entries\/s/);
    expect(output).toMatch(/done: 2 tenants, 28 legal documents, 12 news items, 120 entries in [\d.]+ s \([\d.]+ entries\/s\)/);

    const { tenants } = (await (await cms.publisherFetch(PUBLISHING_API.tenants)).json()) as { tenants: { code: string }[] };
    const added = tenants.map((tenant) => tenant.code).filter((code) => !tenantsBefore.tenants.some((before) => before.code === code));
    expect(added).toHaveLength(2);

    let legalDocuments = 0;
    for (const tenantCode of added) {
      for (const locale of LOCALES) {
        for (const collection of [PUBLIC_COLLECTIONS.legalDocuments, PUBLIC_COLLECTIONS.articles]) {
          const entries = await fetchPublicCollection(publisherGraphql(cms.stack), collection, { code: tenantCode, locale });
          for (const entry of entries) collection.schema.parse(entry);
          if (collection === PUBLIC_COLLECTIONS.legalDocuments && locale === 'vi') legalDocuments += entries.length;
        }
      }
    }
    expect(legalDocuments).toBe(28);

    const events = (await pendingEvents(cms)).filter((event) => added.includes(event.tenantCode));
    expect(events.filter((event) => event.action === 'tenant-change')).toHaveLength(2);
    expect(events.filter((event) => event.action === 'publish')).toHaveLength(40);
  });

  it('adds portals of the kind asked, and bulk-imports into an existing portal with no number or address twice', async () => {
    const { code, output } = await seedScale('--tenants', '1', '--kind', 'department', '--docs', '10');
    expect(code, output).toBe(0);
    const department = /created 1 department tenants: ([a-z0-9-]+)/.exec(output)![1]!;
    const { tenants } = (await (await cms.publisherFetch(PUBLISHING_API.tenants)).json()) as { tenants: { code: string; kind: string }[] };
    expect(tenants.find((tenant) => tenant.code === department)?.kind).toBe('department');

    const imported = await seedScale('--into', department, '--docs', '10');
    expect(imported.code, imported.output).toBe(0);
    expect(imported.output).toContain(`adding to portal ${department}, which has 10 documents`);
    const read = (collection: typeof PUBLIC_COLLECTIONS.legalDocuments | typeof PUBLIC_COLLECTIONS.articles) =>
      fetchPublicCollection(publisherGraphql(cms.stack), collection, { code: department, locale: 'km' });
    const [legalDocuments, articles] = await Promise.all([read(PUBLIC_COLLECTIONS.legalDocuments), read(PUBLIC_COLLECTIONS.articles)]);
    expect(legalDocuments).toHaveLength(14);
    expect(articles).toHaveLength(6);
    for (const entries of [legalDocuments, articles]) expect(new Set(entries.map((entry) => entry.slug)).size).toBe(entries.length);
    expect(new Set(legalDocuments.map((entry) => entry.documentNumber)).size).toBe(14);

    const unknown = await seedScale('--into', 'no-such-portal', '--docs', '1');
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('no portal with code "no-such-portal" in the CMS');
  }, 300_000); // three runs of seed:scale, each loading the CMS in its own process

  it('writes documents an editor can go on publishing in the admin panel', async () => {
    const [document] = await cms.admin.findDocuments('api::legal-document.legal-document', '&locale=en&filters[summary][$contains]=Synthetic');
    await cms.admin.saveDraft('api::legal-document.legal-document', document.documentId, 'en', { title: `${document.title} (edited)` });
    await cms.admin.publish('api::legal-document.legal-document', document.documentId, 'en');
    const [after] = await cms.admin.findDocuments('api::legal-document.legal-document', `&locale=en&filters[documentId][$eq]=${document.documentId}`);
    expect(after).toMatchObject({ title: `${document.title} (edited)`, status: 'published' });
  });
});
