import { contentType, NEWEST_FIRST } from '../content-type.js';
import { AFTER_APPROVAL } from '../deadline-rule.js';
import { investmentProjectSchema, PROJECT_KIND_LABELS, PROJECT_STAGE_LABELS } from '../plans.js';

export const investmentProject = contentType({
  id: 'investment-project',
  uid: 'api::investment-project.investment-project',
  field: 'investmentProjects',
  schema: investmentProjectSchema,
  sort: NEWEST_FIRST,
  deadlines: AFTER_APPROVAL,
  choiceLabels: [PROJECT_KIND_LABELS, PROJECT_STAGE_LABELS],
  section: true,
});
