import { useEffect, useState, type CSSProperties } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { EDITORIAL_STATE_NAMES, EDITORIAL_TRANSITIONS, REJECTION_REASON_NAMES, type AuditLogEntry, type EditorialTransition } from '@portal/contract';
import { adminLanguage, errorMessage } from './admin-language';

const TEXT = {
  vi: { title: 'Nhật ký biên tập', portal: 'Cổng', all: 'Tất cả các cổng', none: 'Bạn không quản trị cổng nào nên không xem được nhật ký.', when: 'Thời điểm', who: 'Người thực hiện', item: 'Mục', step: 'Bước', detail: 'Lý do, ghi chú', system: 'Hệ thống', withoutApproval: 'không qua Ban Biên tập duyệt', previous: 'Trang trước', next: 'Trang sau', page: 'Trang' },
  en: { title: 'Editorial audit log', portal: 'Portal', all: 'All portals', none: 'You administer no portal, so there is no log for you to read.', when: 'When', who: 'Who', item: 'Item', step: 'Step', detail: 'Reason, note', system: 'System', withoutApproval: 'without board approval', previous: 'Previous page', next: 'Next page', page: 'Page' },
} as const;

const PAGE_SIZE = 100; // the API's page size

type Entry = AuditLogEntry;

const cell: CSSProperties = { padding: '6px 8px', borderBottom: '1px solid #eaeaef', textAlign: 'left', verticalAlign: 'top' };

/**
 * The audit log, read-only: a portal administrator sees their portals' log, the provincial
 * administrator every portal's. The API decides who may read what; this page only shows it.
 */
export default function EditorialLogPage() {
  const { get } = useFetchClient();
  const lang = adminLanguage();
  const text = TEXT[lang];
  const [scope, setScope] = useState<{ all: boolean; tenants: Array<{ documentId: string; code: string }> } | null>(null);
  const [tenant, setTenant] = useState('');
  const [page, setPage] = useState(1);
  const [log, setLog] = useState<{ entries: Entry[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<{ data: { all: boolean; tenants: Array<{ documentId: string; code: string }> } }>('/editorial-workflow/log-tenants')
      .then(({ data }) => {
        setScope(data.data);
        if (!data.data.all && data.data.tenants[0]) setTenant(data.data.tenants[0].documentId);
      })
      .catch((failure) => setError(errorMessage(failure)));
  }, []);

  useEffect(() => {
    if (!scope || (!scope.all && !tenant)) return;
    const query = `page=${page}${tenant ? `&tenant=${tenant}` : ''}`;
    get<{ data: { entries: Entry[]; total: number } }>(`/editorial-workflow/log?${query}`)
      .then(({ data }) => {
        setLog(data.data);
        setError(null);
      })
      .catch((failure) => setError(errorMessage(failure)));
  }, [scope, tenant, page]);

  const pages = log ? Math.max(1, Math.ceil(log.total / PAGE_SIZE)) : 1;
  return (
    <main style={{ padding: '40px 56px', fontSize: 14 }}>
      <h1 style={{ fontSize: 32, fontWeight: 600, marginBottom: 24 }}>{text.title}</h1>
      {error && <p role="alert" style={{ color: '#d02b20' }}>{error}</p>}
      {scope && !scope.all && scope.tenants.length === 0 && <p>{text.none}</p>}
      {scope && (scope.all || scope.tenants.length > 0) && (
        <label style={{ display: 'block', marginBottom: 16 }}>
          {text.portal}{' '}
          <select value={tenant} onChange={(event) => { setTenant(event.target.value); setPage(1); }} style={{ padding: 6 }}>
            {scope.all && <option value="">{text.all}</option>}
            {scope.tenants.map((option) => <option key={option.documentId} value={option.documentId}>{option.code}</option>)}
          </select>
        </label>
      )}
      {log && (
        <>
          <table style={{ borderCollapse: 'collapse', width: '100%', background: '#fff' }}>
            <thead>
              <tr>
                {[text.when, text.portal, text.who, text.item, text.step, text.detail].map((heading) => <th key={heading} scope="col" style={cell}>{heading}</th>)}
              </tr>
            </thead>
            <tbody>
              {log.entries.map((entry) => (
                <tr key={entry.id}>
                  <td style={cell}>{new Date(entry.at).toLocaleString(lang)}</td>
                  <td style={cell}>{entry.tenantCode}</td>
                  <td style={cell}>{entry.actorKind === 'system' ? text.system : entry.actorName}{entry.actorRole ? ` (${entry.actorRole})` : ''}</td>
                  <td style={cell}>
                    <a href={`/admin/content-manager/collection-types/${entry.contentType}/${entry.documentId}?plugins[i18n][locale]=${entry.locale}`}>{entry.contentType.replace(/^api::[^.]+\./, '')} {entry.documentId}</a> ({entry.locale})
                  </td>
                  <td style={cell}>
                    {EDITORIAL_TRANSITIONS[entry.transition as EditorialTransition]?.names[lang] ?? entry.transition}: {EDITORIAL_STATE_NAMES[entry.from][lang]} → {EDITORIAL_STATE_NAMES[entry.to][lang]}
                    {entry.withoutApproval && ` (${text.withoutApproval})`}
                  </td>
                  <td style={cell}>{[entry.reason && REJECTION_REASON_NAMES[entry.reason][lang], entry.note].filter(Boolean).join(' · ')}</td>
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
