import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CmsError, createCmsClient } from '../src/loaders/cms-client';

const TENANTS = { data: { tenants: [{ code: 'snv', kind: 'department', sites: [] }] } };

/** A real HTTP server that drops the connection of the first `resets` requests without answering. */
async function cmsResetting(resets: number): Promise<{ server: Server; url: string; requests: () => number }> {
  let requests = 0;
  const server = createServer((request, response) => {
    requests += 1;
    if (requests <= resets) {
      request.socket.resetAndDestroy();
      return;
    }
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(TENANTS));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, requests: () => requests };
}

describe('the build’s CMS client', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it('sends a read once more when its connection was reset, and gets the answer', async () => {
    const cms = await cmsResetting(1);
    server = cms.server;
    const client = createCmsClient({ graphqlUrl: cms.url, token: 't' });
    expect(await client.fetchAllTenants()).toEqual(TENANTS.data.tenants);
    expect(cms.requests()).toBe(2);
  });

  it('fails with the CMS named when the connection is reset again', async () => {
    const cms = await cmsResetting(2);
    server = cms.server;
    const client = createCmsClient({ graphqlUrl: cms.url, token: 't' });
    await expect(client.fetchAllTenants()).rejects.toThrow(CmsError);
    await expect(createCmsClient({ graphqlUrl: cms.url, token: 't' }).fetchAllTenants()).resolves.toHaveLength(1);
    expect(cms.requests()).toBe(3);
  });
});
