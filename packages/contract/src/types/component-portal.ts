import { BY_DISPLAY_ORDER, contentType, formatOf } from '../content-type.js';
import { linkUrlSchema } from '../components.js';
import { COMPONENT_PORTAL_KIND_LABELS, componentPortalSchema } from '../navigation.js';

export const componentPortal = contentType({
  id: 'component-portal',
  uid: 'api::component-portal.component-portal',
  field: 'componentPortals',
  schema: componentPortalSchema,
  sort: BY_DISPLAY_ORDER,
  formats: { url: { label: 'Địa chỉ cổng', check: formatOf(linkUrlSchema) } },
  choiceLabels: [COMPONENT_PORTAL_KIND_LABELS],
  section: false,
});
