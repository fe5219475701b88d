import type { PublishBuildStatus } from '@portal/contract';

export const BUILD_STATUS_NAMES: Record<PublishBuildStatus, { vi: string; en: string }> = {
  building: { vi: 'Đang dựng', en: 'Building' },
  live: { vi: 'Đã lên cổng', en: 'Live' },
  failed: { vi: 'Thất bại', en: 'Failed' },
  'taken-down': { vi: 'Cổng đã gỡ', en: 'Portal taken down' },
};
