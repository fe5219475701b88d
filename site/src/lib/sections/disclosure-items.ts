import { DISCLOSURE_FORM_LABELS } from '@portal/contract';
import { label } from './helpers';
import type { SectionModule } from './types';

/** Danh mục thông tin phải công khai (Luật TCTT Đ19): item, where, form, when, how long. */
export const disclosureItems: SectionModule<'disclosure-item'> = {
  id: 'disclosure-item',
  collection: 'disclosureItems',
  path: 'cong-khai/',
  title: (strings) => strings.content.disclosureCatalogue,
  perPage: 100,
  listing: {
    style: 'table',
    caption: (strings) => strings.content.disclosureCatalogueCaption,
    columns: [
      { heading: (s) => s.content.disclosureItem, cell: (item) => ({ text: item.title, href: item.link ?? undefined, external: item.link?.startsWith('http') }) },
      { heading: (s) => s.content.disclosureWhere, cell: (item) => ({ text: item.timing.where }) },
      { heading: (s) => s.content.disclosureForm, cell: (item, context) => ({ text: label(DISCLOSURE_FORM_LABELS, item.timing.form, context.locale) }) },
      { heading: (s) => s.content.disclosureWhen, cell: (item) => ({ text: item.timing.when }) },
      { heading: (s) => s.content.disclosureHowLong, cell: (item) => ({ text: item.timing.howLong }) },
    ],
  },
};
