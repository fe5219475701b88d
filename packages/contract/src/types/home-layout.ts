import { contentType, NEWEST_FIRST } from '../content-type.js';
import { homeLayoutSchema } from '../home-layout.js';

export const homeLayout = contentType({
  id: 'home-layout',
  uid: 'api::home-layout.home-layout',
  field: 'homeLayouts',
  schema: homeLayoutSchema,
  sort: NEWEST_FIRST,
  // The portal's own furniture, not its news: the portal administrator's.
  writtenBy: 'tenant_admin',
  section: false,
});
