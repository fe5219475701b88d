import { contentType, sortBy } from '../content-type.js';
import { atOnce } from '../deadline-rule.js';
import { positionSchema } from '../organisation.js';

export const position = contentType({
  id: 'position',
  uid: 'api::position.position',
  field: 'positions',
  schema: positionSchema,
  sort: sortBy('rank', 'asc'),
  deadlines: atOnce(),
  core: true,
  translations: { locales: ['en'] },
  fieldLabels: { title: { label: 'Tên chức vụ' } },
  section: false,
});
