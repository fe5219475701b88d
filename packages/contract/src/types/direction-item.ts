import { contentType, sortBy } from '../content-type.js';
import { atOnce } from '../deadline-rule.js';
import { DIRECTION_KIND_LABELS, directionItemSchema } from '../direction.js';

export const directionItem = contentType({
  id: 'direction-item',
  uid: 'api::direction-item.direction-item',
  field: 'directionItems',
  schema: directionItemSchema,
  sort: sortBy('issuedOn', 'desc'),
  deadlines: atOnce('issuedOn'),
  choiceLabels: [DIRECTION_KIND_LABELS],
  section: true,
});
