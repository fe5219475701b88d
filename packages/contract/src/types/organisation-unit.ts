import { BY_DISPLAY_ORDER, contentType } from '../content-type.js';
import { atOnce } from '../deadline-rule.js';
import { ORGANISATION_UNIT_KIND_LABELS, organisationUnitSchema } from '../organisation.js';

export const organisationUnit = contentType({
  id: 'organisation-unit',
  uid: 'api::organisation-unit.organisation-unit',
  field: 'organisationUnits',
  schema: organisationUnitSchema,
  sort: BY_DISPLAY_ORDER,
  privateFields: { subunits: 'the other side of `parent`, which the portal reads' },
  deadlines: atOnce(),
  core: true,
  translations: { locales: ['en'] },
  choiceLabels: [ORGANISATION_UNIT_KIND_LABELS],
  section: false,
});
