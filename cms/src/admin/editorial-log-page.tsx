import { useEffect } from 'react';
import { Typography } from '@strapi/design-system';
import { EDITORIAL_STATE_NAMES, EDITORIAL_TRANSITIONS, REJECTION_REASON_NAMES, type AuditLogEntry, type EditorialTransition } from '@portal/contract';
import { AdminScreen, pageCount, Pager, PortalPicker, ReportTable, useAdminData, usePortalPages } from './components/admin-screen';
import { editorialLogMessages } from './editorial-log-messages';
import { useAdminIntl } from './intl/use-admin-intl';

const { messages } = editorialLogMessages;

const PAGE_SIZE = 100; // the API's page size

/**
 * The audit log, read-only: a portal administrator sees their portals' log, the provincial
 * administrator every portal's. The API decides who may read what; this page only shows it.
 */
export default function EditorialLogPage() {
  const { language, text, dateTime } = useAdminIntl();
  const { portal: tenant, page, setPage, choosePortal } = usePortalPages();
  const tenants = useAdminData<{ all: boolean; tenants: Array<{ documentId: string; code: string }> }>('/admin/editorial-workflow/log-tenants');
  const scope = tenants.data;
  // Without the whole province to read, the log starts on the first portal the user administers.
  useEffect(() => {
    if (scope && !scope.all && scope.tenants[0]) choosePortal(scope.tenants[0].documentId);
  }, [scope]);
  const ready = scope !== null && (scope.all || tenant !== '');
  const { data: log, error: logError } = useAdminData<{ entries: AuditLogEntry[]; total: number }>(ready ? `/admin/editorial-workflow/log?page=${page}${tenant ? `&tenant=${tenant}` : ''}` : null);
  const error = tenants.error ?? logError;

  const step = (entry: AuditLogEntry) => (
    <>
      {EDITORIAL_TRANSITIONS[entry.transition as EditorialTransition]?.names[language] ?? entry.transition}: {EDITORIAL_STATE_NAMES[entry.from][language]} → {EDITORIAL_STATE_NAMES[entry.to][language]}
      {entry.withoutApproval && ` (${text(messages.withoutApproval)})`}
    </>
  );
  const pages = log ? pageCount(log.total, PAGE_SIZE) : 1;
  return (
    <AdminScreen title={text(messages.title)} error={error}>
      {scope && !scope.all && scope.tenants.length === 0 && <Typography>{text(messages.none)}</Typography>}
      {scope && (scope.all || scope.tenants.length > 0) && (
        <PortalPicker value={tenant} allowAll={scope.all} options={scope.tenants.map((option) => ({ value: option.documentId, label: option.code }))} onChange={choosePortal} />
      )}
      {log && (
        <>
          <ReportTable
            headings={[text(messages.when), text(messages.portal), text(messages.who), text(messages.item), text(messages.step), text(messages.detail)]}
            rows={log.entries.map((entry) => ({
              key: String(entry.id),
              cells: [
                dateTime(entry.at),
                entry.tenantCode,
                `${entry.actorKind === 'system' ? text(messages.system) : entry.actorName}${entry.actorRole ? ` (${entry.actorRole})` : ''}`,
                <>
                  <a href={`/admin/content-manager/collection-types/${entry.contentType}/${entry.documentId}?plugins[i18n][locale]=${entry.locale}`}>
                    {entry.contentType.replace(/^api::[^.]+\./, '')} {entry.documentId}
                  </a>{' '}
                  ({entry.locale})
                </>,
                step(entry),
                [entry.reason && REJECTION_REASON_NAMES[entry.reason][language], entry.note].filter(Boolean).join(' · '),
              ],
            }))}
          />
          <Pager page={page} pages={pages} onPage={setPage} />
        </>
      )}
    </AdminScreen>
  );
}
