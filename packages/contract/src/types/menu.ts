import { contentType, sortBy } from '../content-type.js';
import { menuSchema } from '../navigation.js';

export const menu = contentType({
  id: 'menu',
  uid: 'api::menu.menu',
  field: 'menus',
  schema: menuSchema,
  sort: sortBy('placement', 'asc'),
  // The portal's own furniture, not its news: the portal administrator's.
  writtenBy: 'tenant_admin',
  section: false,
});
