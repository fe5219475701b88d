import { describe, expect, it } from 'vitest';
import { BuildEnvError, readBuildEnv } from '../src/lib/build-env';

const VALID = {
  PORTAL_TENANT: 'snv',
  CMS_URL: 'http://127.0.0.1:1337',
  CMS_TOKEN: 'token',
  PORTAL_OUT_DIR: '/srv/sites/snv/releases/1',
  PORTAL_CACHE_DIR: '/srv/cache/snv',
};

describe('readBuildEnv', () => {
  it('reads a complete environment, defaulting to https without a port', () => {
    expect(readBuildEnv(VALID)).toEqual({
      tenantCode: 'snv',
      cmsGraphqlUrl: 'http://127.0.0.1:1337/graphql',
      cmsToken: 'token',
      outDir: '/srv/sites/snv/releases/1',
      cacheDir: '/srv/cache/snv',
      publicProtocol: 'https:',
      publicPort: undefined,
      searchBundlePages: 2000,
    });
  });

  it('takes a smaller search bundle size, never zero', () => {
    expect(readBuildEnv({ ...VALID, PORTAL_SEARCH_BUNDLE_PAGES: '500' }).searchBundlePages).toBe(500);
    expect(() => readBuildEnv({ ...VALID, PORTAL_SEARCH_BUNDLE_PAGES: '0' })).toThrow(/PORTAL_SEARCH_BUNDLE_PAGES/);
  });

  it('accepts a local http origin, with or without the colon', () => {
    const env = readBuildEnv({ ...VALID, CMS_URL: 'http://cms:1337/', PORTAL_PUBLIC_PROTOCOL: 'http', PORTAL_PUBLIC_PORT: '8080' });
    expect(env).toMatchObject({ cmsGraphqlUrl: 'http://cms:1337/graphql', publicProtocol: 'http:', publicPort: 8080 });
  });

  it('names every problem at once', () => {
    const attempt = () => readBuildEnv({ PORTAL_TENANT: 'Not A Code', CMS_URL: 'ftp://x', PORTAL_OUT_DIR: 'relative', PORTAL_PUBLIC_PORT: '0' });
    expect(attempt).toThrow(BuildEnvError);
    for (const name of ['PORTAL_TENANT', 'CMS_URL', 'CMS_TOKEN', 'PORTAL_OUT_DIR', 'PORTAL_CACHE_DIR', 'PORTAL_PUBLIC_PORT']) {
      expect(attempt).toThrow(name);
    }
  });

  it('treats empty variables as missing', () => {
    expect(() => readBuildEnv({ ...VALID, CMS_TOKEN: '' })).toThrow(/CMS_TOKEN is required/);
  });
});
