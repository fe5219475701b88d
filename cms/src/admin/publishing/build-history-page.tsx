import { useEffect, useState, type CSSProperties } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { BuildHistoryPage } from '@portal/contract';
import { adminLanguage, errorMessage } from '../admin-language';
import { BuildFailure } from './build-failure';
import { BUILD_STATUS_NAMES } from './build-status-names';

const TEXT = {
  vi: {
    title: 'Lịch sử dựng cổng',
    portal: 'Cổng',
    all: 'Tất cả các cổng',
    none: 'Chỉ quản trị cổng xem được lịch sử dựng cổng của mình.',
    started: 'Bắt đầu',
    duration: 'Thời gian',
    changes: 'Số thay đổi',
    status: 'Kết quả',
    failing: 'đang không dựng được từ',
    stillOld: 'người xem vẫn thấy phiên bản trước',
    previous: 'Trang trước',
    next: 'Trang sau',
    page: 'Trang',
    seconds: 'giây',
  },
  en: {
    title: 'Portal build history',
    portal: 'Portal',
    all: 'All portals',
    none: 'Only a portal’s administrators read its build history.',
    started: 'Started',
    duration: 'Duration',
    changes: 'Changes',
    status: 'Outcome',
    failing: 'has been failing to build since',
    stillOld: 'visitors still see the previous version',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page',
    seconds: 's',
  },
} as const;

const cell: CSSProperties = { padding: '6px 8px', borderBottom: '1px solid #eaeaef', textAlign: 'left', verticalAlign: 'top' };

/**
 * Every build of the portals the user administers (the provincial administrator: all), newest
 * first, with the portals currently failing on top. The API decides who may read what.
 */
export default function BuildHistoryPage() {
  const { get } = useFetchClient();
  const lang = adminLanguage();
  const text = TEXT[lang];
  const [scope, setScope] = useState<{ province: boolean; boards: Array<{ code: string; name: string }> } | null>(null);
  const [tenant, setTenant] = useState('');
  const [page, setPage] = useState(1);
  const [history, setHistory] = useState<BuildHistoryPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<{ data: { province: boolean; boards: Array<{ code: string; name: string }> } }>('/admin/publishing/boards')
      .then(({ data }) => setScope(data.data))
      .catch((failure) => setError(errorMessage(failure)));
  }, []);

  useEffect(() => {
    if (!scope || (!scope.province && scope.boards.length === 0)) return;
    get<{ data: BuildHistoryPage }>(`/admin/publishing/builds?page=${page}${tenant ? `&tenant=${tenant}` : ''}`)
      .then(({ data }) => {
        setHistory(data.data);
        setError(null);
      })
      .catch((failure) => setError(errorMessage(failure)));
  }, [scope, tenant, page]);

  const time = (value: string) => new Date(value).toLocaleString(lang);
  const pages = history ? Math.max(1, Math.ceil(history.total / history.pageSize)) : 1;
  return (
    <main style={{ padding: '40px 56px', fontSize: 14 }}>
      <h1 style={{ fontSize: 32, fontWeight: 600, marginBottom: 24 }}>{text.title}</h1>
      {error && <p role="alert" style={{ color: '#d02b20' }}>{error}</p>}
      {scope && !scope.province && scope.boards.length === 0 && <p>{text.none}</p>}
      {scope && (scope.province || scope.boards.length > 1) && (
        <label style={{ display: 'block', marginBottom: 16 }}>
          {text.portal}{' '}
          <select value={tenant} onChange={(event) => { setTenant(event.target.value); setPage(1); }} style={{ padding: 6 }}>
            <option value="">{text.all}</option>
            {scope.boards.map((board) => <option key={board.code} value={board.code}>{board.name}</option>)}
          </select>
        </label>
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
          <table style={{ borderCollapse: 'collapse', width: '100%', background: '#fff' }}>
            <thead>
              <tr>
                {[text.started, text.portal, text.status, text.duration, text.changes].map((heading) => <th key={heading} scope="col" style={cell}>{heading}</th>)}
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
          <p style={{ marginTop: 16, display: 'flex', gap: 12, alignItems: 'center' }}>
            <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>{text.previous}</button>
            {text.page} {page} / {pages}
            <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>{text.next}</button>
          </p>
        </>
      )}
    </main>
  );
}
