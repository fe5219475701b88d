import { Typography } from '@strapi/design-system';
import { describePortalProblem, problemKey, type PortalStatus } from '@portal/contract';
import { AdminScreen, ProblemBox, ReportTable, SectionHeading, useAdminData } from '../components/admin-screen';
import { useAdminIntl } from '../intl/use-admin-intl';
import { BuildFailure } from '../publishing/build-failure';
import { buildStatusMessages } from '../publishing/build-status-messages';
import { systemStatusMessages } from './system-status-messages';

const { messages } = systemStatusMessages;

const REFRESH_MS = 30_000;

const gigabytes = (bytes: number) => (bytes / 1024 ** 3).toFixed(1);

/** For IT staff: what is wrong now, then every portal's outbox and builds, then the disks. Refreshes itself. */
export default function SystemStatusPage() {
  const { language, text, dateTime } = useAdminIntl();
  const { data: status, error } = useAdminData<PortalStatus>('/admin/monitoring/status', REFRESH_MS);

  const time = (value: string | null) => (value ? dateTime(value) : text(messages.never));
  return (
    <AdminScreen title={text(messages.title)} error={error}>
      {status && (
        <>
          <Typography tag="p">
            {text(messages.checkedAt, { when: time(status.checkedAt) })} {text(messages.thresholds, { ...status.thresholds })}
          </Typography>
          <SectionHeading>{text(messages.problems)}</SectionHeading>
          {status.problems.length === 0 && <Typography textColor="success600">{text(messages.healthy)}</Typography>}
          {status.problems.map((problem) => (
            <ProblemBox key={problemKey(problem)}>
              <Typography>{describePortalProblem(problem, language)}</Typography>
            </ProblemBox>
          ))}
          <SectionHeading>{text(messages.portals)}</SectionHeading>
          <ReportTable
            headings={[text(messages.portal), text(messages.pending), text(messages.oldestPending), text(messages.lastBuild), text(messages.liveSince), text(messages.failingSince)]}
            rows={status.tenants.map((tenant) => ({
              key: tenant.tenantCode,
              cells: [
                tenant.tenantCode,
                tenant.pendingEvents,
                tenant.oldestPendingAt ? time(tenant.oldestPendingAt) : '',
                tenant.lastBuild ? text(messages.lastBuildAt, { status: text(buildStatusMessages.messages[tenant.lastBuild.status]), when: time(tenant.lastBuild.startedAt) }) : text(messages.never),
                time(tenant.liveSince),
                tenant.failure && (
                  <>
                    {time(tenant.failure.since)}
                    <BuildFailure error={tenant.failure.error} />
                  </>
                ),
              ],
            }))}
          />
          <SectionHeading>{text(messages.disks)}</SectionHeading>
          <ReportTable
            fullWidth={false}
            headings={[text(messages.path), text(messages.free)]}
            rows={status.disks.map((disk) => ({
              key: disk.path,
              cells: [disk.path, text(messages.freeSpace, { percent: (disk.freeRatio * 100).toFixed(1), free: gigabytes(disk.freeBytes), total: gigabytes(disk.totalBytes) })],
            }))}
          />
        </>
      )}
    </AdminScreen>
  );
}
