import type { TenantKind } from '@portal/contract';

/** The portals of a province by size, as the benchmark builds them. */
export type SizeClass = 'main' | 'department' | 'commune';
export const SIZE_CLASSES: readonly SizeClass[] = ['main', 'department', 'commune'];

export interface PortalGroup {
  sizeClass: SizeClass;
  kind: TenantKind;
  portals: number;
  documentsEach: number;
}

/** A province at full size: its main portal, 30 departments, 100 communes; every document in three languages. */
const FULL_PROVINCE: readonly PortalGroup[] = [
  { sizeClass: 'main', kind: 'province', portals: 1, documentsEach: 10_000 },
  { sizeClass: 'department', kind: 'department', portals: 30, documentsEach: 1_000 },
  { sizeClass: 'commune', kind: 'commune', portals: 100, documentsEach: 100 },
];

/** A bulk import at full size: a department's archive brought in at once. */
const FULL_BULK_IMPORT = 3_400;

const scaled = (count: number, scale: number) => Math.max(1, Math.round(count * scale));

/** The province shrunk by `scale` (portals per group and documents per portal alike), never below one of each. */
export function provincePlan(scale: number): { groups: PortalGroup[]; bulkImportDocuments: number } {
  return {
    groups: FULL_PROVINCE.map((group) => ({ ...group, portals: scaled(group.portals, scale), documentsEach: scaled(group.documentsEach, scale) })),
    bulkImportDocuments: scaled(FULL_BULK_IMPORT, scale),
  };
}

/** The figures' targets, stated for the full province on the reference 2-core machine. */
export const TARGETS = {
  servingAvailabilityPercent: 100,
  servingP99Ms: 100,
  /** Publish→live p95 by portal size: about 1,000 pages (a department), about 12,000 (the main portal). */
  publishToLiveP95Ms: { department: 10_000, main: 30_000 } as Partial<Record<SizeClass, number>>,
  bulkImportBuilds: 2,
  buildPeakBytes: 2 * 2 ** 30,
} as const;
