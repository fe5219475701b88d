import type { BuildHistoryPage } from '@portal/contract';
import { adminLanguage } from '../admin-language';
import { AdminScreen, cell, pageCount, Pager, PortalPicker, ReportTable, useAdminData, usePortalPages } from '../components/admin-screen';
import { BuildFailure } from './build-failure';
import { BUILD_STATUS_NAMES } from './build-status-names';

const TEXT = {
  vi: {
    title: 'Lịch sử dựng cổng',
    portal: 'Cổng',
    none: 'Chỉ quản trị cổng xem được lịch sử dựng cổng của mình.',
    started: 'Bắt đầu',
    duration: 'Thời gian',
    changes: 'Số thay đổi',
    status: 'Kết quả',
    failing: 'đang không dựng được từ',
    stillOld: 'người xem vẫn thấy phiên bản trước',
    seconds: 'giây',
  },
  en: {
    title: 'Portal build history',
    portal: 'Portal',
    none: 'Only a portal’s administrators read its build history.',
    started: 'Started',
    duration: 'Duration',
    changes: 'Changes',
    status: 'Outcome',
    failing: 'has been failing to build since',
    stillOld: 'visitors still see the previous version',
    seconds: 's',
  },
} as const;

/**
 * Every build of the portals the user administers (the provincial administrator: all), newest
 * first, with the portals currently failing on top. The API decides who may read what.
 */
export default function BuildHistoryPage() {
  const lang = adminLanguage();
  const text = TEXT[lang];
  const { portal: tenant, page, setPage, choosePortal } = usePortalPages();
  const boards = useAdminData<{ province: boolean; boards: Array<{ code: string; name: string }> }>('/admin/publishing/boards');
  const scope = boards.data;
  const readsAny = scope !== null && (scope.province || scope.boards.length > 0);
  const { data: history, error: historyError } = useAdminData<BuildHistoryPage>(readsAny ? `/admin/publishing/builds?page=${page}${tenant ? `&tenant=${tenant}` : ''}` : null);
  const error = boards.error ?? historyError;

  const time = (value: string) => new Date(value).toLocaleString(lang);
  const pages = history ? pageCount(history.total, history.pageSize) : 1;
  return (
    <AdminScreen title={text.title} error={error}>
      {scope && !scope.province && scope.boards.length === 0 && <p>{text.none}</p>}
      {scope && (scope.province || scope.boards.length > 1) && (
        <PortalPicker value={tenant} allowAll options={scope.boards.map((board) => ({ value: board.code, label: board.name }))} onChange={choosePortal} />
      )}
      {history?.failures.map((failure) => (
        <section key={failure.tenantCode} role="alert" style={{ border: '1px solid #f5c0b8', background: '#fcecea', padding: 12, borderRadius: 4, marginBottom: 16 }}>
          <p style={{ marginTop: 0 }}>
            <strong>{failure.tenantCode}</strong> {text.failing} {time(failure.since)} ({text.stillOld}).
          </p>
          <BuildFailure error={failure.error} />
        </section>
      ))}
      {history && (
        <>
          <ReportTable headings={[text.started, text.portal, text.status, text.duration, text.changes]}>
              {history.builds.map((build) => (
                <tr key={build.id}>
                  <td style={cell}>{time(build.startedAt)}</td>
                  <td style={cell}>{build.tenantCode}</td>
                  <td style={cell}>
                    {BUILD_STATUS_NAMES[build.status][lang]}
                    {build.error && <BuildFailure error={build.error} />}
                  </td>
                  <td style={cell}>{build.finishedAt ? `${Math.round((Date.parse(build.finishedAt) - Date.parse(build.startedAt)) / 1000)} ${text.seconds}` : ''}</td>
                  <td style={cell}>{build.eventCount}</td>
                </tr>
              ))}
          </ReportTable>
          <Pager page={page} pages={pages} onPage={setPage} />
        </>
      )}
    </AdminScreen>
  );
}
