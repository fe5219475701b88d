import { describe, expect, it } from 'vitest';
import { renderNginxSites } from './nginx-sites.js';
import type { ServedRoute } from './route-table.js';

const route = (tenantCode: string, locale: ServedRoute['locale'], host: string, pathPrefix: string, redirects: Record<string, string> = {}): ServedRoute => ({
  tenantCode,
  locale,
  host,
  pathPrefix,
  root: '',
  redirects: new Map(Object.entries(redirects)),
});
const options = { sitesDir: '/var/lib/portal/sites', serverInclude: '/etc/nginx/portal/portal-server.conf' };

describe('renderNginxSites', () => {
  it('writes one server per host and one aliased location per language, through the live link', () => {
    const text = renderNginxSites([route('snv', 'vi', 'snv.vinhlong.gov.vn', '/'), route('snv', 'km', 'snv.vinhlong.gov.vn', '/km/'), route('vinhlong', 'en', 'english.vinhlong.gov.vn', '/')], options);
    expect(text.match(/^server \{/gm)).toHaveLength(2);
    expect(text).toContain('    location /km/ {\n        alias "/var/lib/portal/sites/snv/current/km/";\n        error_page 403 404 =404 /km/404.html;\n    }');
    expect(text).toContain('    location = /km { return 301 /km/; }');
    expect(text).toContain('alias "/var/lib/portal/sites/vinhlong/current/en/";');
  });

  it('moves the old news addresses of every language, taking the rest from the request as sent', () => {
    const text = renderNginxSites([route('snv', 'vi', 'snv.vinhlong.gov.vn', '/'), route('snv', 'km', 'snv.vinhlong.gov.vn', '/km/')], options);
    expect(text).toContain(
      '    location ^~ /km/articles/ {\n' +
        '        if ($request_uri ~ "^/km/articles/(?<portal_moved_rest>[^?]*)(?<portal_moved_query>.*)$") { return 301 /km/tin-tuc/$portal_moved_rest$portal_moved_query; }\n' +
        '        return 301 /km/tin-tuc/;\n' +
        '    }',
    );
    expect(text).toContain('    location = /articles { return 301 /tin-tuc/$is_args$args; }');
  });

  it('answers a renamed item’s previous address, with or without its final slash, by 301 to its page on the same host', () => {
    const text = renderNginxSites([route('snv', 'vi', 'snv.vinhlong.gov.vn', '/'), route('snv', 'km', 'snv.vinhlong.gov.vn', '/km/', { 'tin-tuc/ten-cu/': 'tin-tuc/ten-moi/' })], options);
    expect(text).toContain('    location = /km/tin-tuc/ten-cu/ { return 301 /km/tin-tuc/ten-moi/$is_args$args; }');
    expect(text).toContain('    location = /km/tin-tuc/ten-cu { return 301 /km/tin-tuc/ten-moi/$is_args$args; }');
    expect(text).toContain('    location = /km/tin-tuc/ten-cu/index.html { return 301 /km/tin-tuc/ten-moi/$is_args$args; }');
    // The Vietnamese site renamed nothing.
    expect(text).not.toContain('location = /tin-tuc/ten-cu/');
  });

  it('gives a host and prefix claimed twice to the first tenant, as the development server does', () => {
    const text = renderNginxSites([route('first', 'vi', 'shared.vinhlong.gov.vn', '/'), route('second', 'vi', 'shared.vinhlong.gov.vn', '/')], options);
    expect(text).toContain('/first/current/vi/');
    expect(text).not.toContain('/second/');
  });

  it('refuses paths that would break out of the configuration’s quoted strings', () => {
    expect(() => renderNginxSites([], { ...options, sitesDir: '/srv/sites"; include /etc/shadow; "' })).toThrow(/nginx paths must not contain quotes/);
    expect(() => renderNginxSites([route('snv', 'vi', 'snv.vinhlong.gov.vn', '/')], { ...options, serverInclude: '/etc/$host.conf' })).toThrow(/"\$"/);
  });
});
