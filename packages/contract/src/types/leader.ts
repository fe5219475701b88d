import { BY_DISPLAY_ORDER, contentType } from '../content-type.js';
import { atOnce } from '../deadline-rule.js';
import { leaderSchema } from '../organisation.js';

export const leader = contentType({
  id: 'leader',
  uid: 'api::leader.leader',
  field: 'leaders',
  schema: leaderSchema,
  sort: BY_DISPLAY_ORDER,
  deadlines: atOnce(),
  core: true,
  translations: { locales: ['en'] },
  section: true,
});
