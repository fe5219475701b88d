import { BY_DISPLAY_ORDER, contentType } from '../content-type.js';
import { atOnce } from '../deadline-rule.js';
import { contactEntrySchema } from '../organisation.js';

export const contactEntry = contentType({
  id: 'contact-entry',
  uid: 'api::contact-entry.contact-entry',
  field: 'contactEntries',
  schema: contactEntrySchema,
  sort: BY_DISPLAY_ORDER,
  deadlines: atOnce(),
  core: true,
  translations: { locales: ['en'] },
  section: true,
});
