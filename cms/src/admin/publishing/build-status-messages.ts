import type { PublishBuildStatus } from '@portal/contract';
import { defineScreenMessages } from '../intl/define-messages';

/** The outcome of a build, as the build history and the status page name it. */
export const buildStatusMessages = defineScreenMessages<PublishBuildStatus>('build-status', {
  building: { vi: 'Đang dựng', en: 'Building' },
  live: { vi: 'Đã lên cổng', en: 'Live' },
  failed: { vi: 'Thất bại', en: 'Failed' },
  'taken-down': { vi: 'Cổng đã gỡ', en: 'Portal taken down' },
});
