import { useEffect } from 'react';
import { EDITORIAL_STATE_NAMES, EDITORIAL_TRANSITIONS, REJECTION_REASON_NAMES, type AuditLogEntry, type EditorialTransition } from '@portal/contract';
import { adminLanguage } from './admin-language';
import { AdminScreen, cell, pageCount, Pager, PortalPicker, ReportTable, useAdminData, usePortalPages } from './components/admin-screen';

const TEXT = {
  vi: { title: 'Nhật ký biên tập', portal: 'Cổng', none: 'Bạn không quản trị cổng nào nên không xem được nhật ký.', when: 'Thời điểm', who: 'Người thực hiện', item: 'Mục', step: 'Bước', detail: 'Lý do, ghi chú', system: 'Hệ thống', withoutApproval: 'không qua Ban Biên tập duyệt' },
  en: { title: 'Editorial audit log', portal: 'Portal', none: 'You administer no portal, so there is no log for you to read.', when: 'When', who: 'Who', item: 'Item', step: 'Step', detail: 'Reason, note', system: 'System', withoutApproval: 'without board approval' },
} as const;

const PAGE_SIZE = 100; // the API's page size

type Entry = AuditLogEntry;

/**
 * The audit log, read-only: a portal administrator sees their portals' log, the provincial
 * administrator every portal's. The API decides who may read what; this page only shows it.
 */
export default function EditorialLogPage() {
  const lang = adminLanguage();
  const text = TEXT[lang];
  const { portal: tenant, page, setPage, choosePortal } = usePortalPages();
  const tenants = useAdminData<{ all: boolean; tenants: Array<{ documentId: string; code: string }> }>('/admin/editorial-workflow/log-tenants');
  const scope = tenants.data;
  // Without the whole province to read, the log starts on the first portal the user administers.
  useEffect(() => {
    if (scope && !scope.all && scope.tenants[0]) choosePortal(scope.tenants[0].documentId);
  }, [scope]);
  const ready = scope !== null && (scope.all || tenant !== '');
  const { data: log, error: logError } = useAdminData<{ entries: Entry[]; total: number }>(ready ? `/admin/editorial-workflow/log?page=${page}${tenant ? `&tenant=${tenant}` : ''}` : null);
  const error = tenants.error ?? logError;

  const pages = log ? pageCount(log.total, PAGE_SIZE) : 1;
  return (
    <AdminScreen title={text.title} error={error}>
      {scope && !scope.all && scope.tenants.length === 0 && <p>{text.none}</p>}
      {scope && (scope.all || scope.tenants.length > 0) && (
        <PortalPicker value={tenant} allowAll={scope.all} options={scope.tenants.map((option) => ({ value: option.documentId, label: option.code }))} onChange={choosePortal} />
      )}
      {log && (
        <>
          <ReportTable headings={[text.when, text.portal, text.who, text.item, text.step, text.detail]}>
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
          </ReportTable>
          <Pager page={page} pages={pages} onPage={setPage} />
        </>
      )}
    </AdminScreen>
  );
}
