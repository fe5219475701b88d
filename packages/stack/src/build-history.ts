import type { BuildHistoryPage, PublishBuildView } from '@portal/contract';
import type { CmsAdminClient } from './cms-admin-client.js';

/**
 * The builds the CMS recorded (`api::publish-build`) that started at or after `since`, oldest
 * first: of one portal, or of all. Read through the admin API the build history page uses.
 */
export async function buildsSince(admin: CmsAdminClient, since: Date, tenantCode?: string): Promise<PublishBuildView[]> {
  const builds: PublishBuildView[] = [];
  for (let page = 1; ; page += 1) {
    const query = new URLSearchParams({ page: String(page), ...(tenantCode ? { tenant: tenantCode } : {}) });
    const history: BuildHistoryPage = (await admin.request('GET', `/admin/publishing/builds?${query}`)).data;
    const recent = history.builds.filter((build) => new Date(build.startedAt) >= since);
    builds.push(...recent);
    if (recent.length < history.builds.length || page * history.pageSize >= history.total) return builds.reverse();
  }
}
