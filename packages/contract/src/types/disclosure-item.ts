import { BY_DISPLAY_ORDER, contentType, formatOf } from '../content-type.js';
import { linkUrlSchema } from '../components.js';
import { DISCLOSURE_FORM_LABELS, disclosureItemSchema } from '../disclosure.js';

export const disclosureItem = contentType({
  id: 'disclosure-item',
  uid: 'api::disclosure-item.disclosure-item',
  field: 'disclosureItems',
  schema: disclosureItemSchema,
  sort: BY_DISPLAY_ORDER,
  core: true,
  formats: { link: { label: 'Liên kết', check: formatOf(linkUrlSchema) } },
  choiceLabels: [DISCLOSURE_FORM_LABELS],
  section: true,
});
