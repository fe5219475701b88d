import * as contract from '@portal/contract';

type ChoiceLabels = Readonly<Record<string, { vi: string; en: string }>>;

/**
 * What the portals call each choice, which editors should read too: one source for both, the
 * content types' descriptors (`choiceLabels`), and the board roles of the CMS's own memberships.
 */
const PUBLIC_LABELS: readonly ChoiceLabels[] = [...contract.CONTENT_TYPE_LIST.flatMap((descriptor) => descriptor.choiceLabels ?? []), contract.EDITORIAL_ROLE_NAMES];

/** Choices only the admin shows. */
const ADMIN_ONLY_LABELS: ChoiceLabels = {
  province: { vi: 'Cổng tỉnh', en: 'Provincial portal' },
  department: { vi: 'Cổng sở, ban, ngành', en: 'Department portal' },
  commune: { vi: 'Cổng xã, phường', en: 'Commune portal' },
  main: { vi: 'Trình đơn chính', en: 'Main menu' },
  footer: { vi: 'Chân trang', en: 'Footer' },
  day_off: { vi: 'Ngày nghỉ', en: 'Day off' },
  working_day: { vi: 'Ngày làm việc bù', en: 'Make-up working day' },
  vi: { vi: 'Tiếng Việt', en: 'Vietnamese' },
  en: { vi: 'Tiếng Anh', en: 'English' },
  km: { vi: 'Tiếng Khmer', en: 'Khmer' },
  national_portal: { vi: 'Cổng Thông tin điện tử Chính phủ', en: 'Government portal' },
  other: { vi: 'Khác', en: 'Other' },
};

/**
 * The admin panel shows a choice by its translation under the choice's own value (Strapi 5.54's
 * enumeration input asks react-intl for it, strapi#26837), so editors read "Cấp tỉnh", not
 * "provincial". Values are shared across types; the first label found for a value wins.
 */
export function choiceTranslations(): { vi: Record<string, string>; en: Record<string, string> } {
  const labels: Record<string, { vi: string; en: string }> = {};
  for (const table of [ADMIN_ONLY_LABELS, ...PUBLIC_LABELS]) {
    for (const [value, label] of Object.entries(table)) labels[value] ??= label;
  }
  return {
    vi: Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, label.vi])),
    en: Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, label.en])),
  };
}
