import { contentType, NEWEST_FIRST } from '../content-type.js';
import { AFTER_APPROVAL } from '../deadline-rule.js';
import { PLAN_KIND_LABELS, PLAN_STAGE_LABELS, planSchema } from '../plans.js';

export const plan = contentType({
  id: 'plan',
  uid: 'api::plan.plan',
  field: 'plans',
  schema: planSchema,
  sort: NEWEST_FIRST,
  deadlines: AFTER_APPROVAL,
  choiceLabels: [PLAN_KIND_LABELS, PLAN_STAGE_LABELS],
  section: true,
});
