import { contentType, NEWEST_FIRST } from '../content-type.js';
import { AFTER_APPROVAL } from '../deadline-rule.js';
import { planSchema } from '../plans.js';

export const plan = contentType({
  id: 'plan',
  uid: 'api::plan.plan',
  field: 'plans',
  schema: planSchema,
  sort: NEWEST_FIRST,
  deadlines: AFTER_APPROVAL,
  section: true,
});
