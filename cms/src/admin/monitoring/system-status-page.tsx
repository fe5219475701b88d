import { describePortalProblem, problemKey, type PortalStatus } from '@portal/contract';
import { adminLanguage } from '../admin-language';
import { AdminScreen, cell, ReportTable, useAdminData } from '../components/admin-screen';
import { BuildFailure } from '../publishing/build-failure';
import { BUILD_STATUS_NAMES } from '../publishing/build-status-names';

const REFRESH_MS = 30_000;

const TEXT = {
  vi: {
    title: 'Tình trạng hệ thống',
    checkedAt: 'Kiểm tra lúc',
    healthy: 'Không có sự cố.',
    problems: 'Sự cố',
    thresholds: (t: PortalStatus['thresholds']) =>
      `Báo động khi: dựng lỗi liên tục ${t.buildFailingMinutes} phút; thay đổi chờ xuất bản quá ${t.outboxMinutes} phút; phiên bản trên cổng cũ hơn ${t.releaseHours} giờ; ổ đĩa trống dưới ${t.diskFreePercent}%.`,
    portals: 'Các cổng',
    portal: 'Cổng',
    pending: 'Thay đổi chờ',
    oldestPending: 'Chờ từ',
    lastBuild: 'Lần dựng gần nhất',
    liveSince: 'Phiên bản hiện tại từ',
    failingSince: 'Dựng lỗi từ',
    disks: 'Ổ đĩa',
    path: 'Thư mục',
    free: 'Còn trống',
    never: 'chưa có',
  },
  en: {
    title: 'System status',
    checkedAt: 'Checked at',
    healthy: 'No problems.',
    problems: 'Problems',
    thresholds: (t: PortalStatus['thresholds']) =>
      `Alerts when: builds fail for ${t.buildFailingMinutes} min; a change waits over ${t.outboxMinutes} min; a live release is older than ${t.releaseHours} h; a disk has under ${t.diskFreePercent}% free.`,
    portals: 'Portals',
    portal: 'Portal',
    pending: 'Waiting changes',
    oldestPending: 'Waiting since',
    lastBuild: 'Latest build',
    liveSince: 'Live release since',
    failingSince: 'Failing since',
    disks: 'Disks',
    path: 'Path',
    free: 'Free',
    never: 'none',
  },
} as const;

const gigabytes = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;

/** For IT staff: what is wrong now, then every portal's outbox and builds, then the disks. Refreshes itself. */
export default function SystemStatusPage() {
  const lang = adminLanguage();
  const text = TEXT[lang];
  const { data: status, error } = useAdminData<PortalStatus>('/admin/monitoring/status', REFRESH_MS);

  const time = (value: string | null) => (value ? new Date(value).toLocaleString(lang) : text.never);
  return (
    <AdminScreen title={text.title} error={error}>
      {status && (
        <>
          <p>{text.checkedAt} {time(status.checkedAt)}. {text.thresholds(status.thresholds)}</p>
          <h2 style={{ fontSize: 20, fontWeight: 600, margin: '24px 0 12px' }}>{text.problems}</h2>
          {status.problems.length === 0 && <p style={{ color: '#328048' }}>{text.healthy}</p>}
          {status.problems.map((problem) => (
            <p key={problemKey(problem)} role="alert" style={{ border: '1px solid #f5c0b8', background: '#fcecea', padding: 12, borderRadius: 4 }}>
              {describePortalProblem(problem, lang)}
            </p>
          ))}
          <h2 style={{ fontSize: 20, fontWeight: 600, margin: '24px 0 12px' }}>{text.portals}</h2>
          <ReportTable headings={[text.portal, text.pending, text.oldestPending, text.lastBuild, text.liveSince, text.failingSince]}>
              {status.tenants.map((tenant) => (
                <tr key={tenant.tenantCode}>
                  <td style={cell}>{tenant.tenantCode}</td>
                  <td style={cell}>{tenant.pendingEvents}</td>
                  <td style={cell}>{tenant.oldestPendingAt ? time(tenant.oldestPendingAt) : ''}</td>
                  <td style={cell}>{tenant.lastBuild ? `${BUILD_STATUS_NAMES[tenant.lastBuild.status][lang]}, ${time(tenant.lastBuild.startedAt)}` : text.never}</td>
                  <td style={cell}>{time(tenant.liveSince)}</td>
                  <td style={cell}>
                    {tenant.failure && (
                      <>
                        {time(tenant.failure.since)}
                        <BuildFailure error={tenant.failure.error} />
                      </>
                    )}
                  </td>
                </tr>
              ))}
          </ReportTable>
          <h2 style={{ fontSize: 20, fontWeight: 600, margin: '24px 0 12px' }}>{text.disks}</h2>
          <ReportTable headings={[text.path, text.free]} fullWidth={false}>
              {status.disks.map((disk) => (
                <tr key={disk.path}>
                  <td style={cell}>{disk.path}</td>
                  <td style={cell}>{(disk.freeRatio * 100).toFixed(1)}% ({gigabytes(disk.freeBytes)} / {gigabytes(disk.totalBytes)})</td>
                </tr>
              ))}
          </ReportTable>
        </>
      )}
    </AdminScreen>
  );
}
