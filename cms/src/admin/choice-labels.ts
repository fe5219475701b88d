import * as contract from '@portal/contract';

type ChoiceLabels = Record<string, { vi: string; en: string }>;

/** What the portals call each choice, which editors should read too: one source for both. */
const PUBLIC_LABELS: ChoiceLabels[] = [
  contract.ARTICLE_KIND_LABELS,
  contract.COMPONENT_PORTAL_KIND_LABELS,
  contract.CONSULTATION_STAGE_LABELS,
  contract.DIALOGUE_STATUS_LABELS,
  contract.DIRECTION_KIND_LABELS,
  contract.DISCLOSURE_FORM_LABELS,
  contract.DOCUMENT_LEVEL_LABELS,
  contract.EDITORIAL_ROLE_NAMES,
  contract.FEEDBACK_CHANNEL_LABELS,
  contract.FEEDBACK_DISPOSITION_LABELS,
  contract.FINANCIAL_REPORT_KIND_LABELS,
  contract.HOME_BLOCK_KIND_LABELS,
  contract.INTRO_TOPIC_LABELS,
  contract.LEGAL_DOCUMENT_TYPE_LABELS,
  contract.LEGAL_FIELD_LABELS,
  contract.ORGANISATION_UNIT_KIND_LABELS,
  contract.OUTAGE_KIND_LABELS,
  contract.PLAN_KIND_LABELS,
  contract.PLAN_STAGE_LABELS,
  contract.PROJECT_KIND_LABELS,
  contract.PROJECT_STAGE_LABELS,
  contract.SCIENCE_STAGE_LABELS,
  contract.SERVICE_LEVEL_LABELS,
];

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
  const labels: ChoiceLabels = {};
  for (const table of [ADMIN_ONLY_LABELS, ...PUBLIC_LABELS]) {
    for (const [value, label] of Object.entries(table)) labels[value] ??= label;
  }
  return {
    vi: Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, label.vi])),
    en: Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, label.en])),
  };
}
