import { BY_DISPLAY_ORDER, contentType, formatOf } from '../content-type.js';
import { linkUrlSchema } from '../components.js';
import { featuredLinkSchema } from '../navigation.js';

export const featuredLink = contentType({
  id: 'featured-link',
  uid: 'api::featured-link.featured-link',
  field: 'featuredLinks',
  schema: featuredLinkSchema,
  sort: BY_DISPLAY_ORDER,
  formats: { url: { label: 'Liên kết', check: formatOf(linkUrlSchema) } },
  // The portal's own furniture, not its news: the portal administrator's.
  writtenBy: 'tenant_admin',
  section: false,
});
