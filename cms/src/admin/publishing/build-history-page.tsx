import { Box, Typography } from '@strapi/design-system';
import type { BuildHistoryPage } from '@portal/contract';
import { AdminScreen, pageCount, Pager, PortalPicker, ProblemBox, ReportTable, useAdminData, usePortalPages } from '../components/admin-screen';
import { useAdminIntl } from '../intl/use-admin-intl';
import { BuildFailure } from './build-failure';
import { buildHistoryMessages } from './build-history-messages';
import { buildStatusMessages } from './build-status-messages';

const { messages } = buildHistoryMessages;

/**
 * Every build of the portals the user administers (the provincial administrator: all), newest
 * first, with the portals currently failing on top. The API decides who may read what.
 */
export default function BuildHistoryPage() {
  const { text, rich, dateTime } = useAdminIntl();
  const { portal: tenant, page, setPage, choosePortal } = usePortalPages();
  const boards = useAdminData<{ province: boolean; boards: Array<{ code: string; name: string }> }>('/admin/publishing/boards');
  const scope = boards.data;
  const readsAny = scope !== null && (scope.province || scope.boards.length > 0);
  const { data: history, error: historyError } = useAdminData<BuildHistoryPage>(readsAny ? `/admin/publishing/builds?page=${page}${tenant ? `&tenant=${tenant}` : ''}` : null);
  const error = boards.error ?? historyError;

  const pages = history ? pageCount(history.total, history.pageSize) : 1;
  return (
    <AdminScreen title={text(messages.title)} error={error}>
      {scope && !scope.province && scope.boards.length === 0 && <Typography>{text(messages.none)}</Typography>}
      {scope && (scope.province || scope.boards.length > 1) && (
        <PortalPicker value={tenant} allowAll options={scope.boards.map((board) => ({ value: board.code, label: board.name }))} onChange={choosePortal} />
      )}
      {history?.failures.map((failure) => (
        <ProblemBox key={failure.tenantCode}>
          <Box paddingBottom={2}>
            <Typography>{rich(messages.failing, { portal: failure.tenantCode, since: dateTime(failure.since), b: (parts) => <strong>{parts}</strong> })}</Typography>
          </Box>
          <BuildFailure error={failure.error} />
        </ProblemBox>
      ))}
      {history && (
        <>
          <ReportTable
            headings={[text(messages.started), text(messages.portal), text(messages.status), text(messages.duration), text(messages.changes)]}
            rows={history.builds.map((build) => ({
              key: String(build.id),
              cells: [
                dateTime(build.startedAt),
                build.tenantCode,
                <>
                  {text(buildStatusMessages.messages[build.status])}
                  {build.error && <BuildFailure error={build.error} />}
                </>,
                build.finishedAt ? text(messages.seconds, { seconds: Math.round((Date.parse(build.finishedAt) - Date.parse(build.startedAt)) / 1000) }) : '',
                build.eventCount,
              ],
            }))}
          />
          <Pager page={page} pages={pages} onPage={setPage} />
        </>
      )}
    </AdminScreen>
  );
}
