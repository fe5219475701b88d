import { contentType, NEWEST_FIRST } from '../content-type.js';
import { HOME_BLOCK_KIND_LABELS, homeLayoutSchema } from '../home-layout.js';

export const homeLayout = contentType({
  id: 'home-layout',
  uid: 'api::home-layout.home-layout',
  field: 'homeLayouts',
  schema: homeLayoutSchema,
  sort: NEWEST_FIRST,
  // The portal's own furniture, not its news: the portal administrator's.
  writtenBy: 'tenant_admin',
  section: false,
  // The kinds of its blocks (a component's choice list) are named as the portals name them.
  choiceLabels: [HOME_BLOCK_KIND_LABELS],
});
